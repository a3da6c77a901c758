"""A module pytest collects: a test may gather fresh work and drop the failures on purpose."""
import asyncio


async def worker(n):
    if n % 2:
        raise ValueError(n)


async def test_failures_do_not_stop_the_others():
    await asyncio.gather(*(worker(n) for n in range(4)), return_exceptions=True)  # ok
