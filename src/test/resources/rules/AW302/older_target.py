# target: py310
import asyncio


async def work():
    await asyncio.sleep(0)


async def main():
    await asyncio.gather(work(), work())  # error: AW302
