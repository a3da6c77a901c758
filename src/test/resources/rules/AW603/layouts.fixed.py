import asyncio as aio
from asyncio import Semaphore, open_connection
from asyncio.subprocess import create_subprocess_exec


async def main(loop, host):
    first = Semaphore(
        3,
    )
    middle = await open_connection(
        host,
        port=80,
    )
    last = await create_subprocess_exec(
        "true",
        "-v"
    )
    lead = aio.Condition(
        lock=None,
    )
    only = aio.Event(
    )
    inline_break = aio.BoundedSemaphore(2,  # error: AW603 unsafe
                                        )
    comment_before = aio.LifoQueue(5  # the size
)  # error: AW603 unsafe
    split = aio.PriorityQueue(maxsize=1)
    return first, middle, last, lead, only, inline_break, comment_before, split
