import asyncio

current = None


async def work(n):
    await asyncio.sleep(n)


async def every_turn(items):
    for item in items:
        task = asyncio.create_task(work(item))  # error: AW303 unsafe
    await asyncio.sleep(1)


async def once():
    started = asyncio.create_task(work(1))  # error: AW303 unsafe
    await asyncio.sleep(0)


async def read_later():
    task = asyncio.create_task(work(1))  # ok: awaited below
    await task


async def returned():
    task = asyncio.create_task(work(1))  # ok: the caller gets it
    return task


async def as_global():
    global current
    current = asyncio.create_task(work(1))  # ok: a global holds it


async def in_closure():
    task = asyncio.create_task(work(1))  # ok: the callback reads it

    def cancel():
        task.cancel()

    return cancel


async def deleted():
    task = asyncio.create_task(work(1))  # ok: deleted, a mention the rule leaves alone
    del task


module_task = asyncio.create_task(work(1))  # ok: a module global lives as long as the module
