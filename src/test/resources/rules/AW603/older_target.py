# target: py39
import asyncio


async def main(loop):
    await asyncio.sleep(0, loop=loop)  # error: AW603
