import asyncio as aio
from asyncio import Semaphore, open_connection
from asyncio.subprocess import create_subprocess_exec


async def main(loop, host):
    first = Semaphore(
        3,
        loop=loop,  # error: AW603 unsafe
    )
    middle = await open_connection(
        host,
        loop=loop,  # the old way  # error: AW603 unsafe
        port=80,
    )
    last = await create_subprocess_exec(
        "true",
        "-v",
        loop=loop  # error: AW603 unsafe
    )
    lead = aio.Condition(
        loop=loop,  # error: AW603 unsafe
        lock=None,
    )
    only = aio.Event(
        loop=loop,  # error: AW603 unsafe
    )
    inline_break = aio.BoundedSemaphore(2, loop=loop,  # error: AW603 unsafe
                                        )
    comment_before = aio.LifoQueue(5,  # the size
        loop=loop)  # error: AW603 unsafe
    split = aio.PriorityQueue(loop=  # error: AW603 unsafe
        loop, maxsize=1)
    return first, middle, last, lead, only, inline_break, comment_before, split
