import asyncio


async def fetch():
    await asyncio.sleep(0)


async def test_wait_for():
    await asyncio.wait_for(fetch(), 10)  # ok: the test is about wait_for


async def view():
    # The view awaits it with asyncio.wait_for rather than directly: a task of its own.
    await asyncio.wait_for(fetch(), timeout=1)  # ok: the comment speaks of it


async def guarded():
    # wait_for() used just to ensure that a failing test doesn't hang.

    await asyncio.wait_for(fetch(), 1)  # ok: the comment would speak of a call that is gone


async def plain():
    # fetch with a limit
    await asyncio.wait_for(fetch(), 1)  # error: AW501 unsafe
