import asyncio as aio
from asyncio import ensure_future
from asyncio import ensure_future as spawn


async def work():
    return 1


async def main():
    a = aio.create_task(work())  # error: AW304
    b = aio.create_task(work())  # error: AW304
    c = aio.create_task(work())  # error: AW304
    d = aio.tasks.create_task(work())  # error: AW304
    e = aio.ensure_future(work(), loop=aio.get_running_loop())  # error: AW304
    return a, b, c, d, e
