"""Doc."""
from asyncio import gather, sleep


async def work(n):
    await sleep(0)
    return n


async def main():
    a, b = await gather(work(1), work(2))  # error: AW302 unsafe
    return a, b
