# runnable: py37-py310
"""`yield from` a plain generator: `await` cannot take one, so that coroutine keeps its form."""
import asyncio
import types


def ticks(count):
    for _ in range(count):
        yield  # a bare yield gives the loop one turn
    return count


@types.coroutine
def turn():
    yield
    return "turned"


def factory():
    return low_level()


@asyncio.coroutine  # error: AW602 withheld: `yield from ticks()` delegates to a plain generator function, and `await` rejects a generator (TypeError)
def counted():
    got = yield from ticks(3)
    print("ticks", got)
    return got


# error: AW602 unsafe
async def low_level():
    return (await turn())


# error: AW602 unsafe
async def converted():
    first = await low_level()
    second = await factory()
    return first + " " + second


@asyncio.coroutine  # error: AW602 withheld: `yield from inner()` delegates to a plain generator function, and `await` rejects a generator (TypeError)
def nested_helper():
    def inner():
        yield
        return "inner"

    return (yield from inner())


class Counter:
    def steps(self, count):
        yield from ticks(count)
        return count * 10

    @asyncio.coroutine  # error: AW602 withheld: `yield from self.steps()` delegates to a plain generator function, and `await` rejects a generator (TypeError)
    def run(self):
        return (yield from self.steps(2))

    # error: AW602 unsafe
    async def other(self):
        return (await converted())


async def main():
    print("counted", await counted())
    print("converted", await converted())
    print("nested", await nested_helper())
    counter = Counter()
    print("run", await counter.run())
    print("other", await counter.other())


asyncio.run(main())
