"""Imports the fix leaves: still used elsewhere, or conditional (removing it could change a
NameError into a value)."""
import asyncio
import time

try:
    from time import sleep
except ImportError:
    raise SystemExit("needs time.sleep")


async def tick():
    time.sleep(0)  # error: AW101 unsafe
    sleep(0)  # error: AW101 unsafe


def stamp():
    return time.time()
