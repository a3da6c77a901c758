import asyncio


async def fetch_user(uid):
    await asyncio.sleep(0)
    return {"id": uid}


async def fetch_orders(uid, limit=5):
    await asyncio.sleep(0)
    return [uid] * limit


async def load(uid):
    user, orders = await asyncio.gather(fetch_user(uid), fetch_orders(uid))  # error: AW302 unsafe
    results = await asyncio.gather(fetch_user(1), fetch_user(2), fetch_orders(3))  # error: AW302 unsafe
    await asyncio.gather(fetch_user(uid), fetch_orders(uid))  # error: AW302 unsafe
    (one,) = await asyncio.gather(fetch_user(uid))  # error: AW302 unsafe
    x, = await asyncio.gather(fetch_user(uid))  # error: AW302 unsafe
    first, *rest = await asyncio.gather(fetch_user(1), fetch_user(2))  # error: AW302 unsafe
    a = b = await asyncio.gather(fetch_user(1))  # error: AW302 unsafe
    typed: list = await asyncio.gather(fetch_user(1))  # error: AW302 unsafe
    if uid:
        return await asyncio.gather(fetch_user(uid), fetch_orders(uid))  # error: AW302 unsafe
    return user, orders, results, one, x, first, rest, a, b, typed



class Loader:
    async def fetch(self, n):
        await asyncio.sleep(0)
        return n

    async def load(self, client):
        # calls the tool cannot see into are taken to give coroutines
        x, y = await asyncio.gather(self.fetch(1), client.get(2))  # error: AW302 withheld: `get()` is not known to give a coroutine (it may give a future or another awaitable, which `create_task()` refuses)
        z = await asyncio.gather(client.api.getUser(3), make()())  # error: AW302 withheld: `getUser()` is not known to give a coroutine (it may give a future or another awaitable, which `create_task()` refuses)
        return x, y, z


def make():
    return Loader().fetch
