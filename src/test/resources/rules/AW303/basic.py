"""Tasks started and forgotten."""

import asyncio


async def notify(event):
    await asyncio.sleep(0)


async def handle(event):
    asyncio.create_task(notify(event))  # error: AW303 unsafe
    asyncio.ensure_future(notify(event))  # error: AW303 unsafe
    if event:
        for _ in range(2):
            try:
                asyncio.create_task(  # error: AW303 unsafe
                    notify(event),  # the event itself
                    name="notify",
                )  # started here
            finally:
                pass
    return event


def schedule(event):
    loop = asyncio.get_event_loop()
    loop.create_task(notify(event))  # error: AW303 unsafe
