"""Imports under other names still resolve to time.sleep."""
import time as t
from time import sleep as pause
import asyncio as aio


async def main():
    t.sleep(0)  # error: AW101
    pause(0)  # error: AW101
    await t.sleep(0)  # error: AW101
