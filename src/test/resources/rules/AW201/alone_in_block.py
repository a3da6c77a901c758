"""The loop's assignment is alone in its block: deleting it would leave the block empty."""
import asyncio


def work():
    return 1


async def main(flag):
    if flag:
        loop = asyncio.get_event_loop()
    return await loop.run_in_executor(None, work)  # error: AW201 withheld: it is alone in its block
