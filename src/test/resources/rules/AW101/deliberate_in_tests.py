"""Not named like a test, but it imports pytest: test code, where blocking is deliberate."""
import asyncio
import time

import pytest


@pytest.mark.asyncio
async def test_cancel_lands_while_the_loop_is_blocked():
    task = asyncio.ensure_future(asyncio.sleep(10))
    await asyncio.sleep(0)
    time.sleep(0.01)  # ok: keeps the loop busy while the cancellation is queued
    task.cancel()
