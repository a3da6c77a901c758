import asyncio


async def fetch(semaphore, url):
    async with semaphore:
        await asyncio.sleep(0)
        return url


async def main(urls):
    semaphore = asyncio.Semaphore(10)
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(semaphore, u)) for u in urls]
        for u in urls:
            tg.create_task(fetch(semaphore, u))
    return [t.result() for t in tasks]
