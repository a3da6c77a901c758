import asyncio


async def fetch_user(uid):
    await asyncio.sleep(0)
    return {"id": uid}


async def fetch_orders(uid, limit=5):
    await asyncio.sleep(0)
    return [uid] * limit


async def load(uid):
    async with asyncio.TaskGroup() as tg:
        user_task = tg.create_task(fetch_user(uid))  # error: AW301 unsafe
        orders_task = tg.create_task(fetch_orders(uid), name="orders")
        print("loading", uid)  # meanwhile
        for i in range(2):
            if i:
                break
        """a
docstring-like string
    that spans lines"""

    user = user_task.result()
    # done
    return user


async def returned(uid):
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch_user(uid))  # error: AW301 unsafe
        b = tg.create_task(
            fetch_orders(
                uid,
                limit=2,  # few
            ),
        )
    return b.result()


async def not_fixed(uid):
    a = asyncio.create_task(fetch_user(uid))  # error: AW301 withheld: the tasks are not awaited one right after the other in this block
    b = asyncio.create_task(fetch_user(uid))
    x = await a
    print(x)
    y = await b
    c = asyncio.create_task(fetch_user(uid))  # error: AW301 withheld: a statement between the tasks and their awaits can `return`, `break`, `continue` or `yield`, where the block would first wait for the tasks
    d = asyncio.create_task(fetch_user(uid))
    if uid:
        return
    await c
    await d
    e = asyncio.create_task(fetch_user(uid))  # error: AW301 withheld: `f` is used elsewhere than in its `await`
    f = asyncio.create_task(fetch_user(uid))
    await e
    await f
    f.cancel()
    return y
