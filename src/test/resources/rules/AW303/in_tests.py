import asyncio

import pytest


@pytest.mark.asyncio
async def test_waiters_wake_up(queue):
    asyncio.create_task(queue.put(1))  # ok: the test awaits what keeps the task alive
    assert await queue.get() == 1


async def test_with_a_shadowed_set():
    set = list
    asyncio.create_task(asyncio.sleep(0))  # ok: test code
