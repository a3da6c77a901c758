import asyncio


async def fetch_user(uid):
    await asyncio.sleep(0)
    return {"id": uid}


async def fetch_orders(uid, limit=5):
    await asyncio.sleep(0)
    return [uid] * limit


async def commented(uid):
    async with asyncio.TaskGroup() as tg:  # run both  # error: AW302 unsafe
        fetch_user_task = tg.create_task(fetch_user(uid))  # the user
        # the orders next
        fetch_orders_task = tg.create_task(fetch_orders(
            uid,
            limit=10,  # enough
        ))
        # nothing more
    results = [fetch_user_task.result(), fetch_orders_task.result()]  # done
    async with asyncio.TaskGroup() as tg:  # error: AW302 unsafe
        tg.create_task(fetch_user(uid))
        tg.create_task(fetch_user(uid + 1))
    return results


async def split_calls(uid):
    async with asyncio.TaskGroup() as tg:
        fetch_user_task = tg.create_task(fetch_user(uid))  # error: AW302 unsafe
        fetch_orders_task = tg.create_task(fetch_orders(uid,
                                                        limit=2))
    user, orders = fetch_user_task.result(), fetch_orders_task.result()
    async with asyncio.TaskGroup() as tg:
        fetch_user_task = tg.create_task(fetch_user(  # error: AW302 unsafe
            uid + 1
        ))
    more = \
        [fetch_user_task.result()]
    async with asyncio.TaskGroup() as tg:  # error: AW302 unsafe
        tg.create_task(fetch_user(uid))  # first
        # the comma's own
        tg.create_task(fetch_orders(uid))
    async with asyncio.TaskGroup() as tg:  # error: AW302 unsafe
        fetch_orders_task = tg.create_task(fetch_orders("""a
b""", limit=1))
    text = [fetch_orders_task.result()]
    return user, orders, more, text
