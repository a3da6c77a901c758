# target: py38
import asyncio


async def main(f):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, f)  # error: AW201 withheld: the fix needs Python 3.9 (the target is 3.8)
