import asyncio

_background_tasks_: set[asyncio.Task[object]] = set()

_background_tasks = []


async def work(task):
    await asyncio.sleep(0)


async def main():
    task_ = asyncio.create_task(work(1))  # error: AW303 unsafe
    _background_tasks_.add(task_)
    task_.add_done_callback(_background_tasks_.discard)
    for task in range(2):
        print(task)


async def elsewhere():
    task = asyncio.create_task(work(2))  # error: AW303 unsafe
    _background_tasks_.add(task)
    task.add_done_callback(_background_tasks_.discard)
