# runnable: py37-py310
"""Generator-based coroutines calling each other, the way asyncio code was written before 3.5."""
import asyncio


# error: AW602 unsafe
async def produce(queue, count):
    for i in range(count):
        await queue.put(i)
        await asyncio.sleep(0)
    await queue.put(None)


# error: AW602 unsafe
async def consume(queue):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            return total
        total += item * (await double(item))


# error: AW602 unsafe
async def double(x):
    await asyncio.sleep(0)
    return 2 * x


# error: AW602 unsafe
async def fails():
    await asyncio.sleep(0)
    raise ValueError("boom")


# error: AW602 unsafe
async def setup():
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
