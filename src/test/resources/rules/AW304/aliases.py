import asyncio as aio
from asyncio import ensure_future
from asyncio import ensure_future as spawn


async def work():
    return 1


async def main():
    a = aio.ensure_future(work())  # error: AW304 safe
    b = ensure_future(work())  # error: AW304 safe
    c = spawn(work())  # error: AW304 safe
    d = aio.tasks.ensure_future(work())  # error: AW304 safe
    e = aio.ensure_future(work(), loop=aio.get_running_loop())  # error: AW304 withheld: `ensure_future()` is given more than the coroutine (`loop=`?)
    return a, b, c, d, e
