# target: py39
import asyncio


async def main(loop):
    await asyncio.sleep(0, loop=loop)  # error: AW603 withheld: the fix needs Python 3.10 (the target is 3.9)
