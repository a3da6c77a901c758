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

    # error: AW602
    async def through_another_object(self, other):
        await other.items()

    # error: AW602
    async def missing_method(self):
        await self.absent()

    # error: AW602
    async def bound_elsewhere(self):
        await items()


@asyncio.coroutine  # error: AW602
def defined_twice():
    yield from twice()


# error: AW602
async def from_elsewhere():
    await imported()


# error: AW602
async def plain_function():
    await returns_awaitable()


# error: AW602
async def shadowed(twice):
    await twice()


# error: AW602
async def stored_first():
    gen = twice()
    await gen
