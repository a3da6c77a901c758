# target: py310
import asyncio


async def work():
    await asyncio.sleep(0)


async def main():
    await asyncio.gather(work(), work())  # error: AW302 withheld: the fix needs Python 3.11 (the target is 3.10)
