import asyncio as aio
from asyncio import create_task as spawn


async def work(n):
    await aio.sleep(0)
    return n


async def main():
    first = aio.create_task(work(1))  # error: AW301 unsafe
    second = spawn(work(2))
    one = await first
    two = await second
    return one + two
