import asyncio


async def awaits():
    await asyncio.sleep(0)


async def loops(source):
    async for item in source:
        print(item)


async def contexts(lock):
    async with lock:
        pass


async def comprehension(source):
    return [item async for item in source]


async def generator():  # ok: an async generator, consumed with `async for`
    yield 1


async def in_default():
    def helper(value=await asyncio.sleep(0, 1)):  # the default runs in this coroutine
        return value

    return helper


async def in_decorator():
    @await_me(await asyncio.sleep(0))
    def helper():
        return 1

    return helper


async def in_nested_condition(flag):
    if flag:
        while True:
            try:
                return await asyncio.sleep(0)
            finally:
                pass


def not_async():
    return 1


async def walrus(queue):
    if (item := await queue.get()) is not None:
        return item
