# target: py310
import asyncio


async def work():
    await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(work())  # error: AW301 withheld: the fix needs Python 3.11 (the target is 3.10)
    b = asyncio.create_task(work())
    await a
    await b
