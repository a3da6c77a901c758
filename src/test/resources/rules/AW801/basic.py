import aiofiles
import aiohttp
import asyncpg
import httpx


async def fetch(url):
    session = aiohttp.ClientSession()  # error: AW801 unsafe
    # the response is read while the session is open
    response = await session.get(url)
    text = await response.text()
    await session.close()
    return text


async def post_all(urls, payload):
    client = httpx.AsyncClient(timeout=10)  # error: AW801 unsafe
    for url in urls:
        if not url:
            continue  # skip blanks
        await client.post(url, json=payload)

    await client.aclose()  # done
    print("posted")


async def query(dsn):
    pool = await asyncpg.create_pool(dsn,  # error: AW801 unsafe
                                     min_size=1,
                                     max_size=4)
    rows = await pool.fetch("""
SELECT *
  FROM t""")
    await pool.close()
    return rows


async def write(path, lines):
    f = await aiofiles.open(  # error: AW801 unsafe
        path,
        "w",
    )
    for line in lines:
        await f.write(line + "\n")
    await f.close()


async def never_closed(url):
    session = aiohttp.ClientSession()  # error: AW801 unsafe
    response = await session.get(url)
    return await response.json()


async def opened_and_closed():
    session = aiohttp.ClientSession()  # ok: nothing can skip the close
    await session.close()


async def in_a_loop(urls):
    results = []
    for url in urls:
        session = aiohttp.ClientSession()  # error: AW801 unsafe
        results.append(await fetch_with(session, url))
        await session.close()
    return results


async def fetch_with(session, url):
    return await session.get(url)


async def two_in_a_row(url):
    session = aiohttp.ClientSession()  # error: AW801 unsafe
    await session.get(url)
    await session.close()
    session = aiohttp.ClientSession()  # error: AW801 withheld: it is used after it is closed
    await session.get(url)
    await session.close()
    return session.closed


async def pool_fixture(dsn):
    pool = await asyncpg.create_pool(dsn)  # error: AW801 unsafe
    yield pool
    await pool.close()
