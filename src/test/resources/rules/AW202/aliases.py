"""The user's spelling stays: only the called name changes."""
import asyncio as aio
from asyncio import get_event_loop
from asyncio import get_event_loop as gel


async def main():
    a = aio.get_event_loop()  # error: AW202 safe
    b = get_event_loop()  # error: AW202 safe
    c = gel()  # error: AW202 safe
    return a, b, c
