# target: py314
import asyncio


async def main(aw):
    try:
        await asyncio.wait_for(aw, 1)
    except asyncio.TimeoutError, ValueError:  # error: AW502 safe
        pass
    try:
        await aw
    except* OSError, asyncio.TimeoutError:  # error: AW502 safe
        pass
