"""The user's spelling stays: only the called name changes."""
import asyncio as aio
from asyncio import get_event_loop
from asyncio import get_event_loop as gel


async def main():
    a = aio.get_running_loop()  # error: AW202 safe
    b = aio.get_running_loop()  # error: AW202 safe
    c = aio.get_running_loop()  # error: AW202 safe
    return a, b, c
