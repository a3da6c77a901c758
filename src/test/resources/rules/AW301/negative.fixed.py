import asyncio


async def work():
    await asyncio.sleep(0)


async def one_task():
    a = asyncio.create_task(work())
    await a


async def not_consecutive():
    a = asyncio.create_task(work())
    print("between")
    b = asyncio.create_task(work())
    await a
    await b


async def gathered():
    a = asyncio.create_task(work())
    b = asyncio.create_task(work())
    await asyncio.gather(a, b)


async def not_awaited():
    a = asyncio.create_task(work())
    b = asyncio.create_task(work())
    return a, b


async def same_name():
    a = asyncio.create_task(work())
    a = asyncio.create_task(work())
    await a


async def task_groups():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work())
        b = tg.create_task(work())
    await a
    await b


def sync(loop):
    a = asyncio.create_task(work())
    b = asyncio.create_task(work())
    return a, b


async def loop_tasks(loop):
    a = loop.create_task(work())
    b = loop.create_task(work())
    await a
    await b
