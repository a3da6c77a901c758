import unittest
import unittest as ut
from unittest import TestCase


class TestClient(unittest.IsolatedAsyncioTestCase):
    async def test_get(self):  # error: AW901 unsafe
        self.assertEqual(await self.fetch(), 200)

    def test_sync(self):  # ok: runs as it is
        self.assertTrue(True)

    async def fetch(self):  # ok: a helper, not a test
        return 200


class TestAliased(ut.IsolatedAsyncioTestCase):
    async def test_alias(self):  # error: AW901 unsafe
        await self.fail_later()


class TestBare(TestCase):
    async def test_bare(self):  # error: AW901 withheld: imported by name
        pass


class TestAsync(unittest.IsolatedAsyncioTestCase):
    async def test_runs(self):  # ok: the async test case runs it
        pass


class Base(unittest.TestCase):
    pass


class TestOnAProjectBase(Base):
    async def test_inherited(self):  # ok: a base of the project may run coroutines its own way
        pass


def runs_it(function):
    return function


class TestDecorated(unittest.TestCase):
    @runs_it
    async def test_wrapped(self):  # ok: the decorator may run the coroutine
        pass
