# runnable: py37-py310
"""Generator-based coroutines calling each other, the way asyncio code was written before 3.5."""
import asyncio
from asyncio import coroutine


@coroutine  # error: AW602 unsafe
def produce(queue, count):
    for i in range(count):
        yield from queue.put(i)
        yield from asyncio.sleep(0)
    yield from queue.put(None)


@coroutine  # error: AW602 unsafe
def consume(queue):
    total = 0
    while True:
        item = yield from queue.get()
        if item is None:
            return total
        total += item * (yield from double(item))


@coroutine  # error: AW602 unsafe
def double(x):
    yield from asyncio.sleep(0)
    return 2 * x


@asyncio.coroutine  # error: AW602 unsafe
def fails():
    yield from asyncio.sleep(0)
    raise ValueError("boom")


@asyncio.coroutine  # error: AW602 unsafe
def setup():
    print("setup runs when awaited")


async def main():
    queue = asyncio.Queue()
    _, total = await asyncio.gather(produce(queue, 5), consume(queue))
    print("total", total)
    try:
        await fails()
    except ValueError as error:
        print("caught", error)
    pending = setup()
    print("created")
    await pending
    print(asyncio.iscoroutinefunction(double))


asyncio.run(main())
