import asyncio
import contextlib
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


async def expects_each_failure():
    # each await expects its task's own exception: a TaskGroup would raise an ExceptionGroup
    first = asyncio.create_task(fails())
    second = asyncio.create_task(fails())
    with pytest.raises(Boom):
        await first
    with pytest.raises(Boom):
        await second


async def expects_in_one_block():
    first = asyncio.create_task(fails())
    second = asyncio.create_task(work())
    with pytest.raises(Boom):
        await first
        await second


class Case(unittest.IsolatedAsyncioTestCase):
    async def test_failure(self):
        first = asyncio.create_task(fails())
        second = asyncio.create_task(fails())
        with self.assertRaises(Boom):
            await first
        with self.assertRaisesRegex(Boom, ""):
            await second


async def caught_later():
    first = asyncio.create_task(fails())
    second = asyncio.create_task(work())
    try:
        await first
        await second
    except Boom:
        pass


async def caught_around():
    try:
        first = asyncio.create_task(work())
        second = asyncio.create_task(work())
        await first
        await second
    except ValueError:
        pass


async def suppressed():
    with contextlib.suppress(Boom):
        first = asyncio.create_task(fails())
        second = asyncio.create_task(work())
        await first
        await second


async def closes_both(a, b):
    # closing concurrently: each close runs whatever the other does
    first = asyncio.create_task(a.close())
    second = asyncio.create_task(b.close())
    await first
    await second


async def not_expected():
    first = asyncio.create_task(work())  # error: AW301 unsafe
    second = asyncio.create_task(work())
    await first
    await second
    with pytest.raises(Boom):
        await fails()
