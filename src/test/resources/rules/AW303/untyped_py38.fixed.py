# target: py38
# Before 3.9 neither set[...] nor asyncio.Task[...] can be evaluated at import time.
import asyncio

_background_tasks = set()


async def handle(event):
    task = asyncio.create_task(event.notify())  # error: AW303 unsafe
    _background_tasks.add(task)
    task.add_done_callback(_background_tasks.discard)
