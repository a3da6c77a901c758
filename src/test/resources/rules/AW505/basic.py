import asyncio
from asyncio import timeout as deadline

import anyio
import async_timeout


async def cached(cache, key):
    async with asyncio.timeout(5):  # error: AW505 advice only
        return cache.get(key)


async def aliased(cache, key):
    async with deadline(5):  # error: AW505 advice only
        return cache.get(key)


async def looked_at(cache, key):
    async with asyncio.timeout(5) as scope:  # ok: the code looks at the context itself
        scope.reschedule(None)
        return cache.get(key)


async def lets_through():
    async with asyncio.timeout(5):  # ok: only raises, as a test of the context does
        raise KeyError


async def legacy(cache):
    async with async_timeout.timeout(1):  # error: AW505 advice only
        cache.clear()


async def with_anyio(cache):
    with anyio.fail_after(1):  # error: AW505 advice only
        cache.clear()


async def awaits(client):
    async with asyncio.timeout(5):  # ok: the block waits
        return await client.get()


async def iterates(stream):
    async with asyncio.timeout(5):  # ok: async for waits
        async for chunk in stream:
            print(chunk)


async def nested(loop):
    async with asyncio.timeout(5):  # ok: the rule cannot tell what the nested coroutine does
        async def inner():
            await asyncio.sleep(0)

        loop.create_task(inner())


async def generator(items):
    async with asyncio.timeout(5):  # ok: a yield suspends (another rule's concern)
        for item in items:
            yield item


async def with_a_group(jobs):
    async with asyncio.timeout(5), asyncio.TaskGroup() as tg:  # ok: the group's exit waits
        for job in jobs:
            tg.create_task(job())
