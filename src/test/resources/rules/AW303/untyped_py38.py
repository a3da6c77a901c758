# target: py38
# Before 3.9 neither set[...] nor asyncio.Task[...] can be evaluated at import time.
import asyncio


async def handle(event):
    asyncio.create_task(event.notify())  # error: AW303 unsafe
