"""Doc."""
import asyncio
from asyncio import gather, sleep


async def work(n):
    await sleep(0)
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        work_task1 = tg.create_task(work(1))
        work_task2 = tg.create_task(work(2))
    a, b = work_task1.result(), work_task2.result()  # error: AW302 unsafe
    return a, b
