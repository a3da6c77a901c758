# target: py310
import asyncio


async def main(aw):
    try:
        await aw
    except asyncio.TimeoutError:  # error: AW502 withheld: the fix needs Python 3.11 (the target is 3.10)
        return None
