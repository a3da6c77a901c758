from async_timeout import timeout


async def read(stream):
    async with timeout(5):  # error: AW507 unsafe
        return await stream.read()
