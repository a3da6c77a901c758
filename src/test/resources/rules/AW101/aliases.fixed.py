"""Imports under other names still resolve to time.sleep."""
import asyncio as aio


async def main():
    await aio.sleep(0)  # error: AW101 unsafe
    await aio.sleep(0)  # error: AW101 unsafe
    await aio.sleep(0)  # error: AW101 unsafe
