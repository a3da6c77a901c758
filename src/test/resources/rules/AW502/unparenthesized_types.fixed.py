# target: py314
import asyncio


async def main(aw):
    try:
        await asyncio.wait_for(aw, 1)
    except TimeoutError, ValueError:  # error: AW502 safe
        pass
    try:
        await aw
    except* OSError, TimeoutError:  # error: AW502 safe
        pass
