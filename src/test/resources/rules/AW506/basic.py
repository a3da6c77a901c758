import asyncio
import contextlib

import pytest


async def rows(db):
    async with asyncio.timeout(10):
        async for row in db.query():
            yield row  # error: AW506 advice only


async def fan_out(sources):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(source.read()) for source in sources]
        for task in tasks:
            yield await task  # error: AW506 advice only


async def timed_steps(stream):
    it = aiter(stream)
    while True:
        async with asyncio.timeout(1):
            row = await anext(it)
        yield row  # ok: outside the scope


@contextlib.asynccontextmanager
async def session(pool):
    async with asyncio.timeout(5):
        yield pool  # ok: a context manager wraps the caller's block on purpose


@pytest.fixture
async def client(app):
    async with asyncio.timeout(5):
        yield app  # ok: a fixture, the same


async def callbacks(items):
    async with asyncio.timeout(5):
        def each():
            yield from items  # ok: the nested generator's yield

        await asyncio.sleep(0)
        for item in each():
            print(item)
    yield None
