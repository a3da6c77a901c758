import asyncio

import pytest


async def answer():
    return 42


def test_answer():
    loop = asyncio.new_event_loop()
    assert loop.run_until_complete(answer()) == 42  # error: AW401 withheld: this is a test module
    loop.close()


@pytest.fixture
def event_loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()
