# target: py310
import asyncio


async def main(aw):
    await asyncio.wait_for(aw, 1)  # error: AW501 withheld: the fix needs Python 3.11 (the target is 3.10)
