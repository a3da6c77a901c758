import asyncio

set = frozenset


async def handle(event):
    asyncio.create_task(event.notify())  # error: AW303 unsafe
