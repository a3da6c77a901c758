import asyncio
import contextlib


async def fetch(url):
    await asyncio.sleep(0)
    return url


async def literal():
    async with asyncio.TaskGroup() as tg:
        for u in ["a", "b", "c"]:
            tg.create_task(fetch(u))
        [tg.create_task(fetch(u)) for u in ("a", "b")]
        {tg.create_task(fetch(n)) for n in range(10)}
        list(tg.create_task(fetch(n)) for n in range(2, 8, 2))
        hosts = ["a", "b"]
        for h in hosts:
            tg.create_task(fetch(h))
        count = 25
        for n in range(count):
            tg.create_task(fetch(n))


async def not_in_a_loop(urls):
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(fetch(urls[0]))
        second = tg.create_task(fetch(urls[1]))
        total = tg.create_task(fetch([u for u in urls]))
        [u for u in urls if tg.create_task(fetch(u))]
    return first, second, total


async def batches(urls):
    for start in range(0, len(urls), 10):
        async with asyncio.TaskGroup() as tg:
            for u in urls[start : start + 10]:
                tg.create_task(fetch(u))
    while urls:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(u)) for u in urls.pop()]
    return tasks


async def not_a_task_group(urls, session):
    async with session as tg:
        for u in urls:
            tg.create_task(fetch(u))
    async with contextlib.AsyncExitStack() as tg:
        tasks = [tg.create_task(fetch(u)) for u in urls]
    with asyncio.TaskGroup() as tg:  # not `async with`: not a TaskGroup block
        for u in urls:
            tg.create_task(fetch(u))
    return tasks


async def rebound(urls, session):
    async with asyncio.TaskGroup() as tg:
        async with session as tg:
            for u in urls:
                tg.create_task(fetch(u))


async def other_receivers(urls, loop):
    async with asyncio.TaskGroup() as tg:
        for u in urls:
            asyncio.create_task(fetch(u))
            loop.create_task(fetch(u))
            tg.start_soon(fetch, u)


async def nested_functions(urls):
    async with asyncio.TaskGroup() as tg:
        for u in urls:

            def later(u=u):
                return tg.create_task(fetch(u))

            callbacks = [lambda: tg.create_task(fetch(u)) for u in urls]
    return later, callbacks


async def loop_outside_the_block(urls):
    for u in urls:
        await fetch(u)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch(urls))


async def loop_after_the_block(urls):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch(urls))
    for u in urls:
        tg.create_task(fetch(u))  # the group is closed: it raises, no fan-out


class TaskGroup:
    def __init__(self):
        self.tasks = []

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def shadowed(urls):
    async with TaskGroup() as tg:
        for u in urls:
            tg.create_task(fetch(u))
