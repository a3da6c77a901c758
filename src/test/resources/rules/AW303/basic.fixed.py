"""Tasks started and forgotten."""

import asyncio

_background_tasks: set[asyncio.Task[object]] = set()


async def notify(event):
    await asyncio.sleep(0)


async def handle(event):
    task = asyncio.create_task(notify(event))  # error: AW303 unsafe
    _background_tasks.add(task)
    task.add_done_callback(_background_tasks.discard)
    task = asyncio.ensure_future(notify(event))  # error: AW303 unsafe
    _background_tasks.add(task)
    task.add_done_callback(_background_tasks.discard)
    if event:
        for _ in range(2):
            try:
                task = asyncio.create_task(  # error: AW303 unsafe
                    notify(event),  # the event itself
                    name="notify",
                )  # started here
                _background_tasks.add(task)
                task.add_done_callback(_background_tasks.discard)
            finally:
                pass
    return event


def schedule(event):
    loop = asyncio.get_event_loop()
    task = loop.create_task(notify(event))  # error: AW303 unsafe
    _background_tasks.add(task)
    task.add_done_callback(_background_tasks.discard)
