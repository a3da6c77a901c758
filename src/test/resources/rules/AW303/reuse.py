from asyncio import create_task as spawn
import asyncio as aio

_background_tasks = set()


async def work():
    await aio.sleep(0)


async def one():
    task = spawn(work())
    _background_tasks.add(task)
    task.add_done_callback(_background_tasks.discard)


async def two():
    spawn(work())  # error: AW303 unsafe
    aio.ensure_future(work())  # error: AW303 unsafe
