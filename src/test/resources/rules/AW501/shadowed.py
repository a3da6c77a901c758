import asyncio


class Waiter:
    async def wait_for(self, aw, t):
        return await aw


async def main(w):
    await w.wait_for(asyncio.sleep(0), 1)


async def other():
    def wait_for(aw, t):
        return aw
    await wait_for(asyncio.sleep(0), 1)
