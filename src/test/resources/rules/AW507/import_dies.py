import async_timeout


async def read(stream):
    async with async_timeout.timeout(5):  # error: AW507 unsafe
        return await stream.read()


async def write(stream, data):
    async with async_timeout.timeout(5):  # error: AW507 unsafe
        await stream.write(data)
