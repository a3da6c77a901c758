import asyncio
from os.path import *

_background_tasks: set[asyncio.Task[object]] = set()


async def first():
    task = asyncio.create_task(second())  # error: AW303 unsafe
    _background_tasks.add(task)
    task.add_done_callback(_background_tasks.discard)


async def second():
    task = asyncio.create_task(first())  # error: AW303 unsafe
    _background_tasks.add(task)
    task.add_done_callback(_background_tasks.discard)
    task = asyncio.create_task(first())  # error: AW303 unsafe
    _background_tasks.add(task)
    task.add_done_callback(_background_tasks.discard)
