import asyncio as aio
from asyncio import gather as collect


async def work(n):
    await aio.sleep(0)
    return n


async def main():
    async with aio.TaskGroup() as tg:
        work_task1 = tg.create_task(work(1))
        work_task2 = tg.create_task(work(2))
    a, b = work_task1.result(), work_task2.result()  # error: AW302 unsafe
    async with aio.TaskGroup() as tg:
        work_task = tg.create_task(work(3))
    c = [work_task.result()]  # error: AW302 unsafe
    return a, b, c
