import aiohttp


async def check_closed(url):
    session = aiohttp.ClientSession()  # error: AW801 unsafe
    response = await session.get(url)
    assert response.closed

    await session.close()  # type: ignore[unreachable]


async def status(url):
    session = aiohttp.ClientSession()  # error: AW801 unsafe
    response = await session.get(url)
    status = response.status


    await session.close()  # noqa: E303


async def then_more(url):
    session = aiohttp.ClientSession()  # error: AW801 unsafe
    response = await session.get(url)

    await session.close()  # pragma: no cover
    return response.status


async def a_note_stays(url):
    session = aiohttp.ClientSession()  # error: AW801 unsafe
    response = await session.get(url)

    await session.close()  # and so is the connector


async def blank_lines_around(connector, url):
    session = aiohttp.ClientSession(connector=connector)  # error: AW801 unsafe

    response = await session.get(url)
    response.release()

    await session.close()

    await connector.close()
