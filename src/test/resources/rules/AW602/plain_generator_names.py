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

    @asyncio.coroutine  # error: AW602 unsafe
    def through_another_object(self, other):
        yield from other.items()

    @asyncio.coroutine  # error: AW602 unsafe
    def missing_method(self):
        yield from self.absent()

    @asyncio.coroutine  # error: AW602 unsafe
    def bound_elsewhere(self):
        yield from items()


@asyncio.coroutine  # error: AW602 withheld: `yield from twice()` delegates to a plain generator function, and `await` rejects a generator (TypeError)
def defined_twice():
    yield from twice()


@asyncio.coroutine  # error: AW602 unsafe
def from_elsewhere():
    yield from imported()


@asyncio.coroutine  # error: AW602 unsafe
def plain_function():
    yield from returns_awaitable()


@asyncio.coroutine  # error: AW602 unsafe
def shadowed(twice):
    yield from twice()


@asyncio.coroutine  # error: AW602 unsafe
def stored_first():
    gen = twice()
    yield from gen
