import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return n


def plain(n):
    return asyncio.get_running_loop().create_future()


class Api:
    async def load(self):
        await asyncio.sleep(0)

    def ready(self):
        return asyncio.sleep(0)

    async def run(self, client):
        # `client.get()` may give a future or an object with `__await__`
        await asyncio.gather(client.get("/a"), fetch(1))  # error: AW302 withheld: `get()` is not known to give a coroutine (it may give a future or another awaitable, which `create_task()` refuses)
        await asyncio.gather(plain(1), fetch(1))  # error: AW302 withheld: `plain()` may not give a coroutine
        await asyncio.gather(self.ready(), fetch(1))  # error: AW302 withheld: `self.ready()` may not give a coroutine
        await asyncio.gather(self.load(), fetch(1), asyncio.sleep(0))  # error: AW302 unsafe
