import asyncio

import aiohttp


async def worker(session):
    return await session.get("u")


async def start():
    session = aiohttp.ClientSession()
    task = asyncio.create_task(worker(session))
    return task


async def returns_the_coroutine():
    session = aiohttp.ClientSession()
    return worker(session)


async def scheduled_then_closed():
    session = aiohttp.ClientSession()  # error: AW801
    task = asyncio.create_task(worker(session))
    await asyncio.sleep(0)
    await session.close()
    return task


async def wrapped_in_another_call(url):
    session = aiohttp.ClientSession()  # error: AW801
    await asyncio.wait_for(worker(session), 5)
    await session.close()


async def coroutine_kept_for_later():
    session = aiohttp.ClientSession()  # error: AW801
    pending = worker(session)
    await session.close()
    return pending


async def awaited_at_once():
    session = aiohttp.ClientSession()  # error: AW801
    result = await worker(session)
    await session.close()
    return result


async def awaited_at_once_never_closed():
    session = aiohttp.ClientSession()  # error: AW801
    print(await worker(
        session,  # borrowed
    ))
