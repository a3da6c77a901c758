import asyncio


async def fetch_user(uid):
    await asyncio.sleep(0)
    return {"id": uid}


async def fetch_orders(uid, limit=5):
    await asyncio.sleep(0)
    return [uid] * limit


async def commented(uid):
    results = await asyncio.gather(  # run both  # error: AW302 unsafe
        fetch_user(uid),  # the user
        # the orders next
        fetch_orders(
            uid,
            limit=10,  # enough
        ),
        # nothing more
    )  # done
    await asyncio.gather(  # error: AW302 unsafe
        fetch_user(uid), fetch_user(uid + 1),
    )
    return results


async def split_calls(uid):
    user, orders = await asyncio.gather(fetch_user(uid),  # error: AW302 unsafe
                                        fetch_orders(uid,
                                                     limit=2))
    more = \
        await asyncio.gather(fetch_user(  # error: AW302 unsafe
            uid + 1
        ))
    await asyncio.gather(  # error: AW302 unsafe
        fetch_user(uid)  # first
        ,  # the comma's own
        fetch_orders(uid),
    )
    text = await asyncio.gather(  # error: AW302 unsafe
        fetch_orders("""a
b""", limit=1),
    )
    return user, orders, more, text
