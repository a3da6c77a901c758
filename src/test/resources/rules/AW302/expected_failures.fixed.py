import asyncio
import unittest

import pytest


class Boom(Exception):
    pass


async def fails():
    await asyncio.sleep(0)
    raise Boom


async def work():
    await asyncio.sleep(0)
    return 1


async def test_expects_the_error():
    # the test is about `Boom` itself: a TaskGroup would raise an ExceptionGroup instead
    with pytest.raises(Boom):
        await asyncio.gather(fails(), work())


async def test_expects_it_in_a_block():
    with pytest.raises(Boom, match=""):
        if True:
            results = await asyncio.gather(fails(), work())
    return results


class Case(unittest.IsolatedAsyncioTestCase):
    async def test_failure(self):
        with self.assertRaises(Boom):
            await asyncio.gather(fails(), work())
        with self.assertRaisesRegex(Boom, "x"):
            await asyncio.gather(fails(), work())


async def caught():
    try:
        await asyncio.gather(fails(), work())  # error: AW302 withheld: a `try` around it catches what `gather()` raises, where a TaskGroup raises an `ExceptionGroup`
    except Boom:
        pass


async def not_expected():
    with pytest.raises(Boom):
        await fails()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work())
        tg.create_task(work())  # error: AW302 unsafe
