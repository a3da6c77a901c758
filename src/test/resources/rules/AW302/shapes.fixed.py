import asyncio


async def fetch_user(uid):
    await asyncio.sleep(0)
    return {"id": uid}


async def fetch_orders(uid, limit=5):
    await asyncio.sleep(0)
    return [uid] * limit


async def load(uid):
    async with asyncio.TaskGroup() as tg:
        fetch_user_task = tg.create_task(fetch_user(uid))
        fetch_orders_task = tg.create_task(fetch_orders(uid))
    user, orders = fetch_user_task.result(), fetch_orders_task.result()  # error: AW302 unsafe
    async with asyncio.TaskGroup() as tg:
        fetch_user_task1 = tg.create_task(fetch_user(1))
        fetch_user_task2 = tg.create_task(fetch_user(2))
        fetch_orders_task = tg.create_task(fetch_orders(3))
    results = [fetch_user_task1.result(), fetch_user_task2.result(), fetch_orders_task.result()]  # error: AW302 unsafe
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch_user(uid))
        tg.create_task(fetch_orders(uid))  # error: AW302 unsafe
    async with asyncio.TaskGroup() as tg:
        fetch_user_task = tg.create_task(fetch_user(uid))
    (one,) = [fetch_user_task.result()]  # error: AW302 unsafe
    async with asyncio.TaskGroup() as tg:
        fetch_user_task = tg.create_task(fetch_user(uid))
    x, = [fetch_user_task.result()]  # error: AW302 unsafe
    async with asyncio.TaskGroup() as tg:
        fetch_user_task1 = tg.create_task(fetch_user(1))
        fetch_user_task2 = tg.create_task(fetch_user(2))
    first, *rest = [fetch_user_task1.result(), fetch_user_task2.result()]  # error: AW302 unsafe
    async with asyncio.TaskGroup() as tg:
        fetch_user_task = tg.create_task(fetch_user(1))
    a = b = [fetch_user_task.result()]  # error: AW302 unsafe
    async with asyncio.TaskGroup() as tg:
        fetch_user_task = tg.create_task(fetch_user(1))
    typed: list = [fetch_user_task.result()]  # error: AW302 unsafe
    if uid:
        async with asyncio.TaskGroup() as tg:
            fetch_user_task = tg.create_task(fetch_user(uid))
            fetch_orders_task = tg.create_task(fetch_orders(uid))
        return [fetch_user_task.result(), fetch_orders_task.result()]  # error: AW302 unsafe
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
