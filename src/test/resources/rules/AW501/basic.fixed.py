import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return n


async def main(client):
    async with asyncio.timeout(5):
        x = await fetch(1)  # error: AW501 unsafe
    async with asyncio.timeout(1.5):
        await fetch(2)  # keep me  # error: AW501 unsafe
    if x:
        for i in range(2):
            # error: AW501 unsafe
            # the slow part
            # seconds
            async with asyncio.timeout(3):
                data = await client.get(i, "a")
    async with asyncio.timeout(2):
        return await fetch(3)  # error: AW501 unsafe


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
