import asyncio


async def fetch(n):
    return n


def make():
    return fetch(1)


async def main(loop, fut):
    a = asyncio.create_task(fetch(1))  # error: AW304 safe
    b = asyncio.create_task(asyncio.sleep(0))  # error: AW304 safe
    c = asyncio.create_task(make())  # error: AW304 unsafe
    d = asyncio.create_task(  # error: AW304 safe
        fetch(  # the coroutine
            2,
        ),
    )
    asyncio.ensure_future(fut)  # ok: a future already
    asyncio.ensure_future(asyncio.gather(a, b))  # ok: gather returns a future
    asyncio.ensure_future(loop.run_in_executor(None, print))  # ok: a future
    asyncio.ensure_future(asyncio.shield(a))  # ok: a future
    return a, b, c, d


def sync_code():
    return asyncio.create_task(fetch(3))  # error: AW304 unsafe
