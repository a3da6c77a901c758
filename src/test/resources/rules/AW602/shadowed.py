import asyncio
import types
from types import coroutine as types_coroutine


def coroutine(func):
    return func


@coroutine
def local_decorator():
    yield from range(3)


@types.coroutine
def low_level():
    yield from asyncio.sleep(0)


@types_coroutine
def also_low_level():
    yield


def shadows(asyncio):
    @asyncio.coroutine
    def inner():
        yield from asyncio.sleep(0)

    return inner
