# target: py310
import asyncio


async def work():
    await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(work())  # error: AW301
    b = asyncio.create_task(work())
    await a
    await b
