import asyncio


async def read(stream):
    async with asyncio.timeout(5):  # error: AW507 unsafe
        return await stream.read()
