"""Imports under other names still resolve to time.sleep."""
import time as t
from time import sleep as pause
import asyncio as aio


async def main():
    t.sleep(0)  # error: AW101 unsafe
    pause(0)  # error: AW101 unsafe
    await t.sleep(0)  # error: AW101 unsafe
