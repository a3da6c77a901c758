import asyncio

sem = asyncio.Semaphore(10)


async def fetch(url):
    async with sem:
        await asyncio.sleep(0)
        return url


async def main(urls):
    return await asyncio.gather(*[fetch(u) for u in urls])
