import asyncio

_background_tasks: set[asyncio.Task[object]] = set()
loop = asyncio.new_event_loop()
task = loop.create_task(asyncio.sleep(0))  # error: AW303 unsafe
_background_tasks.add(task)
task.add_done_callback(_background_tasks.discard)
loop.run_until_complete(asyncio.sleep(0))
loop.close()
