import asyncio


async def read(stream):
    async with asyncio.timeout(5):  # error: AW507 unsafe
        return await stream.read()


async def write(stream, data):
    async with asyncio.timeout(5):  # error: AW507 unsafe
        await stream.write(data)
