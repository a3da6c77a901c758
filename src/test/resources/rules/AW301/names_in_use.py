import asyncio
from asyncio import TaskGroup


async def work(n):
    await asyncio.sleep(0)
    return n


async def main(tg):
    a = asyncio.create_task(work(1))  # error: AW301 unsafe
    b = asyncio.create_task(work(2))
    tg.note = "the parameter keeps its name"
    x: int = await a
    y = z = await b
    return x, y, z
