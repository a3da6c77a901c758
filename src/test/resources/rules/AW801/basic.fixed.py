import aiofiles
import aiohttp
import asyncpg
import httpx


async def fetch(url):
    async with aiohttp.ClientSession() as session:  # error: AW801 unsafe
        # the response is read while the session is open
        response = await session.get(url)
        text = await response.text()
    return text


async def post_all(urls, payload):
    async with httpx.AsyncClient(timeout=10) as client:  # error: AW801 unsafe
        for url in urls:
            if not url:
                continue  # skip blanks
            await client.post(url, json=payload)

    # done
    print("posted")


async def query(dsn):
    async with asyncpg.create_pool(dsn,  # error: AW801 unsafe
                                   min_size=1,
                                   max_size=4) as pool:
        rows = await pool.fetch("""
SELECT *
  FROM t""")
    return rows


async def write(path, lines):
    async with aiofiles.open(  # error: AW801 unsafe
        path,
        "w",
    ) as f:
        for line in lines:
            await f.write(line + "\n")


async def never_closed(url):
    async with aiohttp.ClientSession() as session:  # error: AW801 unsafe
        response = await session.get(url)
        return await response.json()


async def opened_and_closed():
    session = aiohttp.ClientSession()  # ok: nothing can skip the close
    await session.close()


async def in_a_loop(urls):
    results = []
    for url in urls:
        async with aiohttp.ClientSession() as session:  # error: AW801 unsafe
            results.append(await fetch_with(session, url))
    return results


async def fetch_with(session, url):
    return await session.get(url)


async def two_in_a_row(url):
    async with aiohttp.ClientSession() as session:  # error: AW801 unsafe
        await session.get(url)
    session = aiohttp.ClientSession()  # error: AW801 withheld: it is used after it is closed
    await session.get(url)
    await session.close()
    return session.closed


async def pool_fixture(dsn):
    async with asyncpg.create_pool(dsn) as pool:  # error: AW801 unsafe
        yield pool
