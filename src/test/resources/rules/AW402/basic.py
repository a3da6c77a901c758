import asyncio
import asyncio as aio
from asyncio import run


async def fetch():
    return 1


async def handler(loop):
    a = asyncio.run(fetch())  # error: AW402 advice only
    b = aio.run(fetch())  # error: AW402 advice only
    c = run(fetch())  # error: AW402 advice only
    d = loop.run_until_complete(fetch())  # ok: a parameter, not known to be an event loop
    e = asyncio.new_event_loop().run_until_complete(  # error: AW402 advice only
        fetch()
    )
    return a, b, c, d, e


def main():
    asyncio.run(fetch())  # ok: not in a coroutine
    loop = asyncio.new_event_loop()
    loop.run_until_complete(fetch())  # ok


async def nested():
    def sync_entry():
        return asyncio.run(fetch())  # ok: the innermost function is not async

    return lambda: asyncio.run(fetch())  # ok: nor is a lambda
