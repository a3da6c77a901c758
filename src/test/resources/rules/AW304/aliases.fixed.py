import asyncio as aio
from asyncio import ensure_future
from asyncio import ensure_future as spawn


async def work():
    return 1


async def main():
    a = aio.create_task(work())  # error: AW304 safe
    b = aio.create_task(work())  # error: AW304 safe
    c = aio.create_task(work())  # error: AW304 safe
    d = aio.tasks.create_task(work())  # error: AW304 safe
    e = aio.ensure_future(work(), loop=aio.get_running_loop())  # error: AW304 withheld: `ensure_future()` is given more than the coroutine (`loop=`?)
    return a, b, c, d, e
