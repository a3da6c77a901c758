"""A module pytest collects: blocking the loop is what these tests are about."""
import asyncio
import time


async def test_timeout_fires_after_a_blocking_call():
    async def hog():
        time.sleep(0.05)  # ok: the test makes the loop block
        return "done"

    assert await asyncio.wait_for(hog(), 1) == "done"
