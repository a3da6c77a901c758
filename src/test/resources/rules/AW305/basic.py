import asyncio
import asyncio as aio
from asyncio import gather as collect


async def job(n):
    await asyncio.sleep(0)
    return n


async def main(jobs):
    await asyncio.gather(job(1), job(2), return_exceptions=True)  # error: AW305 advice only
    await aio.gather(  # error: AW305 advice only
        job(1),  # first
        job(2),
        return_exceptions=True,
    )
    await collect(*[job(n) for n in jobs], return_exceptions=True)  # error: AW305 advice only
    _ = await asyncio.gather(job(3), return_exceptions=True)  # error: AW305 advice only
    if jobs:
        for _n in jobs:
            await asyncio.gather(job(4), return_exceptions=True)  # error: AW305 advice only
