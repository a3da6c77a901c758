import asyncio


async def fetch(url):
    await asyncio.sleep(0)
    return url


async def literal():
    await asyncio.gather(*[fetch(u) for u in ["a", "b", "c"]])
    await asyncio.gather(*[fetch(u) for u in ("a", "b")])
    await asyncio.gather(*[fetch(n) for n in range(10)])
    await asyncio.gather(*[fetch(n) for n in range(2, 8, 2)])
    hosts = ["a", "b"]
    await asyncio.gather(*[fetch(h) for h in hosts])
    tasks = []
    for n in range(3):
        tasks.append(fetch(n))
    await asyncio.gather(*tasks)


async def batches(urls):
    for start in range(0, len(urls), 10):
        await asyncio.gather(*[fetch(u) for u in urls[start : start + 10]])


async def not_calls(futures, urls):
    await asyncio.gather(*futures)
    await asyncio.gather(*[f for f in futures])
    await asyncio.gather(fetch(urls[0]), fetch(urls[1]))


def gather(*aws):
    return aws


async def shadowed(urls):
    gather(*[fetch(u) for u in urls])


async def named_count():
    count = 25
    await asyncio.gather(*[fetch(n) for n in range(count)])
