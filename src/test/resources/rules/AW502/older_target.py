# target: py310
import asyncio


async def main(aw):
    try:
        await aw
    except asyncio.TimeoutError:  # error: AW502
        return None
