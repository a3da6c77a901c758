import asyncio
import asyncio as aio


async def fetch(url):
    await asyncio.sleep(0)
    return url


async def in_place(urls):
    return await asyncio.gather(*[fetch(u) for u in urls])  # error: AW701 advice only


async def generator(urls):
    return await aio.gather(  # error: AW701 advice only
        *(fetch(u) for u in urls),  # one per URL
        fetch("extra"),
    )


async def named(urls):
    tasks = [asyncio.create_task(fetch(u)) for u in urls]
    results = await asyncio.gather(*tasks)  # error: AW701 advice only
    return results


async def appended(pages):
    tasks = []
    for page in pages:
        if page:
            tasks.append(fetch(page))
    return await asyncio.gather(*tasks)  # error: AW701 advice only


async def big_range():
    await asyncio.gather(*[fetch(n) for n in range(100_000)])  # error: AW701 advice only


async def changing_count(count):
    if count:
        count = 25
    await asyncio.gather(*[fetch(n) for n in range(count)])  # error: AW701 advice only


async def parameter_reassigned(hosts):
    if not hosts:
        hosts = ["localhost"]
    await asyncio.gather(*[fetch(h) for h in hosts])  # error: AW701 advice only
