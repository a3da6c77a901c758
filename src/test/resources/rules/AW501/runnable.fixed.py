# runnable
import asyncio


async def step(n):
    await asyncio.sleep(0)
    print("step", n)
    return n * 2


async def main():
    async with asyncio.timeout(1):
        a = await step(1)  # error: AW501 unsafe
    async with asyncio.timeout(1):
        await step(2)  # error: AW501 unsafe
    print("a =", a)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)  # error: AW501 unsafe
    except TimeoutError:
        print("timed out")
    print(await last())


async def last():
    async with asyncio.timeout(1):
        return await step(3)  # error: AW501 unsafe


asyncio.run(main())
