import asyncio

_background_tasks: set[asyncio.Task[object]] = set()
task = asyncio.ensure_future(asyncio.sleep(0))  # error: AW303 unsafe
_background_tasks.add(task)
task.add_done_callback(_background_tasks.discard)