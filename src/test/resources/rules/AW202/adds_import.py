"""No `import asyncio` yet: the fix adds one."""
from asyncio import get_event_loop


async def main():
    return get_event_loop()  # error: AW202 safe
