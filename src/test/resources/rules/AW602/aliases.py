import asyncio as aio
from asyncio import coroutine as co
from asyncio import sleep, coroutine


@aio.coroutine  # error: AW602
def first():
    yield from sleep(0)


@aio.coroutines.coroutine  # error: AW602
def second():
    yield from first()


@co  # error: AW602
def third():
    return (yield from second())


@co  # error: AW602
def fourth():
    yield from third()


@coroutine  # error: AW602
def fifth():
    yield from fourth()
