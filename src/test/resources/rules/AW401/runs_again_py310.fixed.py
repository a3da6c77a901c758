# target: py310
# Before 3.11 only asyncio.run() exists, which makes a new loop per run: advice to use it for a
# loop that runs again (what the runs share is bound to the loop) cannot be followed.
import asyncio


async def connect():
    return object()


async def use(connection):
    return connection


def shares_state_between_runs():
    loop = asyncio.new_event_loop()
    connection = loop.run_until_complete(connect())  # ok: no asyncio.Runner before 3.11
    loop.run_until_complete(use(connection))
    loop.close()


def retries_on_one_loop(attempts):
    loop = asyncio.new_event_loop()
    for _ in range(attempts):
        loop.run_until_complete(connect())  # ok: no asyncio.Runner before 3.11
    loop.close()


def once():
    asyncio.run(connect())  # error: AW401 unsafe
