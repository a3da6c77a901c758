# runnable
import asyncio


async def step(n):
    await asyncio.sleep(0)
    print("step", n)
    return n * 2


async def main():
    a = await asyncio.wait_for(step(1), 1)  # error: AW501 unsafe
    await asyncio.wait_for(step(2), timeout=1)  # error: AW501 unsafe
    print("a =", a)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)  # error: AW501 unsafe
    except TimeoutError:
        print("timed out")
    print(await last())


async def last():
    return await asyncio.wait_for(step(3), 1)  # error: AW501 unsafe


asyncio.run(main())
