import asyncio
from asyncio import TaskGroup


async def work(n):
    await asyncio.sleep(0)
    return n


async def main(tg):
    async with TaskGroup() as tg2:
        a = tg2.create_task(work(1))  # error: AW301 unsafe
        b = tg2.create_task(work(2))
        tg.note = "the parameter keeps its name"
    x: int = a.result()
    y = z = b.result()
    return x, y, z
