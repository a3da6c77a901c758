import asyncio
from os.path import *


async def first():
    asyncio.create_task(second())  # error: AW303 unsafe


async def second():
    asyncio.create_task(first())  # error: AW303 unsafe
    asyncio.create_task(first())  # type: ignore[unused-awaitable]  # error: AW303 unsafe
