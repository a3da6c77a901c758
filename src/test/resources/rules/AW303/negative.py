import asyncio


async def work():
    await asyncio.sleep(0)


def create_task(coro):
    return coro


async def main(self, tg, loop):
    kept = asyncio.create_task(work())
    await asyncio.create_task(work())
    tg.create_task(work())
    self.loop.create_task(work())
    loop.create_task(work())
    create_task(work())
    print(asyncio.create_task(work()))
    tasks = [asyncio.create_task(work()) for _ in range(3)]
    await asyncio.gather(kept, *tasks)
    async with asyncio.TaskGroup() as group:
        group.create_task(work())
    return asyncio.ensure_future(work())


def shadowed():
    asyncio = object()
    asyncio.create_task(work())
