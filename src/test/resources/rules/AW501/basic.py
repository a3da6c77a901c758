import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return n


async def main(client):
    x = await asyncio.wait_for(fetch(1), 5)  # error: AW501 unsafe
    await asyncio.wait_for(fetch(2), timeout=1.5)  # keep me  # error: AW501 unsafe
    if x:
        for i in range(2):
            data = await asyncio.wait_for(  # error: AW501 unsafe
                client.get(i, "a"),  # the slow part
                timeout=3,  # seconds
            )
    return await asyncio.wait_for(fetch(3), timeout=2)  # error: AW501 unsafe


async def not_fixed(aws, t):
    await asyncio.wait_for(fetch(1), timeout=None)  # error: AW501 advice only
    y = [await asyncio.wait_for(fetch(1), 1)]  # inside an expression: not reported
    z = 1; await asyncio.wait_for(fetch(1), 1)  # error: AW501 advice only
    if t: await asyncio.wait_for(fetch(1), 1)  # error: AW501 advice only
    await asyncio.wait_for(aws or fetch(2), 1)  # error: AW501 advice only
    await asyncio.wait_for(*aws)  # error: AW501 advice only
    return y, z


def sync(aw):
    return asyncio.wait_for(aw, 1)
