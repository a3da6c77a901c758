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

    # error: AW602 unsafe
    async def through_another_object(self, other):
        await other.items()

    # error: AW602 unsafe
    async def missing_method(self):
        await self.absent()

    # error: AW602 unsafe
    async def bound_elsewhere(self):
        await items()


@asyncio.coroutine  # error: AW602 withheld: `yield from twice()` delegates to a plain generator function, and `await` rejects a generator (TypeError)
def defined_twice():
    yield from twice()


# error: AW602 unsafe
async def from_elsewhere():
    await imported()


# error: AW602 unsafe
async def plain_function():
    await returns_awaitable()


# error: AW602 unsafe
async def shadowed(twice):
    await twice()


# error: AW602 unsafe
async def stored_first():
    gen = twice()
    await gen
