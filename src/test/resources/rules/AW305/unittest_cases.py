"""Imports unittest: test code, where dropping the failures is the test's own affair."""
import asyncio
import unittest


class Adversity(unittest.IsolatedAsyncioTestCase):
    async def test_connectivity_lost(self):
        workers = [asyncio.sleep(0) for _ in range(3)]
        await asyncio.gather(*workers, asyncio.sleep(0), return_exceptions=True)  # ok
