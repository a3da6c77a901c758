import asyncio as aio
from asyncio import gather as collect


async def work(n):
    await aio.sleep(0)
    return n


async def main():
    a, b = await aio.gather(work(1), work(2))  # error: AW302 unsafe
    c = await collect(work(3))  # error: AW302 unsafe
    return a, b, c
