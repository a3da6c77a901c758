import asyncio

_background_tasks: set[asyncio.Task[object]] = set()

set = frozenset


async def handle(event):
    task = asyncio.create_task(event.notify())  # error: AW303 unsafe
    _background_tasks.add(task)
    task.add_done_callback(_background_tasks.discard)
