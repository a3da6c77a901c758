import asyncio


async def work():
    await asyncio.sleep(0)


class Pool:
    def __init__(self, conns):
        self.conns = conns

    async def close(self):
        # closing everything: each close runs whatever another does
        await asyncio.gather(*(c.close() for c in self.conns))

    async def __aexit__(self, *exc):
        await asyncio.gather(work(), work())

    async def _teardown_all(self):
        await asyncio.gather(work(), work())


async def serve(runner, site):
    try:
        await work()
    finally:
        await asyncio.gather(work(), work())


async def fixture(resources):
    yield resources
    await asyncio.gather(*[r.aclose() for r in resources])
    await asyncio.gather(resources[0].stop(), resources[1].shutdown())


async def mixed(a):
    # not every call closes something
    await asyncio.gather(a.close(), work())  # error: AW302 withheld: `close()` is not known to give a coroutine (it may give a future or another awaitable, which `create_task()` refuses)
