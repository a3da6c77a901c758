import asyncio


async def job(n):
    await asyncio.sleep(0)
    return n


def gather(*aws, return_exceptions=False):
    return aws


async def main(flag):
    results = await asyncio.gather(job(1), return_exceptions=True)
    print(results)
    await asyncio.gather(job(1), job(2))
    await asyncio.gather(job(1), return_exceptions=False)
    await asyncio.gather(job(1), return_exceptions=flag)
    return await asyncio.gather(job(1), return_exceptions=True)


async def shadowed():
    gather(job(1), return_exceptions=True)
    for result in await asyncio.gather(job(1), return_exceptions=True):
        print(result)
    fut = asyncio.gather(job(1), return_exceptions=True)
    await fut
