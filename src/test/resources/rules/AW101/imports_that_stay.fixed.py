"""Imports the fix leaves: still used elsewhere, or conditional (removing it could change a
NameError into a value)."""
import asyncio
import time

try:
    from time import sleep
except ImportError:
    raise SystemExit("needs time.sleep")


async def tick():
    await asyncio.sleep(0)  # error: AW101 unsafe
    await asyncio.sleep(0)  # error: AW101 unsafe


def stamp():
    return time.time()
