import async_timeout
import asyncio


async def read(stream):
    async with asyncio.timeout(5):  # error: AW507 unsafe
        return await stream.read()


async def until(stream, when):
    async with asyncio.timeout_at(when):  # error: AW507 unsafe
        return await stream.read()


async def named(stream):
    async with async_timeout.timeout(5) as cm:  # error: AW507 withheld: the context is named
        await stream.read()
    return cm.expired


async def kept(stream):
    deadline = async_timeout.timeout(5)  # ok: not entered here
    async with deadline:
        return await stream.read()
