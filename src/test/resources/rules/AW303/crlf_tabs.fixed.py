import asyncio

_background_tasks: set[asyncio.Task[object]] = set()


async def work():
	await asyncio.sleep(0)


async def main():
	if True:
		task = asyncio.create_task(work())  # error: AW303 unsafe
		_background_tasks.add(task)
		task.add_done_callback(_background_tasks.discard)
	return 1
