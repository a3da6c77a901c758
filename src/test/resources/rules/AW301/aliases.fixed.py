import asyncio as aio
from asyncio import create_task as spawn


async def work(n):
    await aio.sleep(0)
    return n


async def main():
    async with aio.TaskGroup() as tg:
        first = tg.create_task(work(1))  # error: AW301 unsafe
        second = tg.create_task(work(2))
    one = first.result()
    two = second.result()
    return one + two
