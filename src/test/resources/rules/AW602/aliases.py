import asyncio as aio
from asyncio import coroutine as co
from asyncio import sleep, coroutine


@aio.coroutine  # error: AW602 unsafe
def first():
    yield from sleep(0)


@aio.coroutines.coroutine  # error: AW602 unsafe
def second():
    yield from first()


@co  # error: AW602 unsafe
def third():
    return (yield from second())


@co  # error: AW602 unsafe
def fourth():
    yield from third()


@coroutine  # error: AW602 unsafe
def fifth():
    yield from fourth()
