"""No `import asyncio` yet: the fix adds one."""
from asyncio import get_event_loop
import asyncio


async def main():
    return asyncio.get_running_loop()  # error: AW202
