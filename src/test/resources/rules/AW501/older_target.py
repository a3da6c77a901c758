# target: py310
import asyncio


async def main(aw):
    await asyncio.wait_for(aw, 1)  # error: AW501
