import aiohttp


async def check_closed(url):
    async with aiohttp.ClientSession() as session:  # error: AW801 unsafe
        response = await session.get(url)
        assert response.closed


async def status(url):
    async with aiohttp.ClientSession() as session:  # error: AW801 unsafe
        response = await session.get(url)
        status = response.status


async def then_more(url):
    async with aiohttp.ClientSession() as session:  # error: AW801 unsafe
        response = await session.get(url)

    return response.status


async def a_note_stays(url):
    async with aiohttp.ClientSession() as session:  # error: AW801 unsafe
        response = await session.get(url)

    # and so is the connector


async def blank_lines_around(connector, url):
    async with aiohttp.ClientSession(connector=connector) as session:  # error: AW801 unsafe
        response = await session.get(url)
        response.release()

    await connector.close()
