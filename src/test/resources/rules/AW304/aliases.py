import asyncio as aio
from asyncio import ensure_future
from asyncio import ensure_future as spawn


async def work():
    return 1


async def main():
    a = aio.ensure_future(work())  # error: AW304
    b = ensure_future(work())  # error: AW304
    c = spawn(work())  # error: AW304
    d = aio.tasks.ensure_future(work())  # error: AW304
    e = aio.ensure_future(work(), loop=aio.get_running_loop())  # error: AW304
    return a, b, c, d, e
