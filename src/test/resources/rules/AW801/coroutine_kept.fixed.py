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
    session = aiohttp.ClientSession()  # error: AW801 withheld: it is passed to a call that is not awaited at once, or used by a nested function, which may keep it
    task = asyncio.create_task(worker(session))
    await asyncio.sleep(0)
    await session.close()
    return task


async def wrapped_in_another_call(url):
    session = aiohttp.ClientSession()  # error: AW801 withheld: it is passed to a call that is not awaited at once, or used by a nested function, which may keep it
    await asyncio.wait_for(worker(session), 5)
    await session.close()


async def coroutine_kept_for_later():
    session = aiohttp.ClientSession()  # error: AW801 withheld: it is passed to a call that is not awaited at once, or used by a nested function, which may keep it
    pending = worker(session)
    await session.close()
    return pending


async def awaited_at_once():
    async with aiohttp.ClientSession() as session:  # error: AW801 unsafe
        result = await worker(session)
    return result


async def awaited_at_once_never_closed():
    async with aiohttp.ClientSession() as session:  # error: AW801 unsafe
        print(await worker(
            session,  # borrowed
        ))
