"""No `import asyncio` yet: the fix adds one."""
import asyncio
from asyncio import get_event_loop


async def main():
    return asyncio.get_running_loop()  # error: AW202 safe
