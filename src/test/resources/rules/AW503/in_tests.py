# A test makes a task that will not stop, to see what the code under test does about it.
import asyncio

import pytest


@pytest.mark.asyncio
async def test_scheduler_gives_up():
    async def stubborn():
        while True:
            try:
                await asyncio.sleep(60)
            except asyncio.CancelledError:  # ok: the test wants a task that ignores cancel()
                pass

    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    task.cancel()
