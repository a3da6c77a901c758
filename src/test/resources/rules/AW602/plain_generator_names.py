import asyncio
from helpers import imported


def twice():
    yield


def twice():
    return asyncio.sleep(0)


def returns_awaitable():
    return asyncio.sleep(0)


class Feed:
    def items(self):
        yield 1

    @asyncio.coroutine  # error: AW602
    def through_another_object(self, other):
        yield from other.items()

    @asyncio.coroutine  # error: AW602
    def missing_method(self):
        yield from self.absent()

    @asyncio.coroutine  # error: AW602
    def bound_elsewhere(self):
        yield from items()


@asyncio.coroutine  # error: AW602
def defined_twice():
    yield from twice()


@asyncio.coroutine  # error: AW602
def from_elsewhere():
    yield from imported()


@asyncio.coroutine  # error: AW602
def plain_function():
    yield from returns_awaitable()


@asyncio.coroutine  # error: AW602
def shadowed(twice):
    yield from twice()


@asyncio.coroutine  # error: AW602
def stored_first():
    gen = twice()
    yield from gen
