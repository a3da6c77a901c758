# runnable
import asyncio


async def step(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    return name.upper()


async def pair():
    a, b = await asyncio.gather(step("a", 2), step("b", 3))  # error: AW302 unsafe
    print("pair", a, b)


async def listed():
    results = await asyncio.gather(  # error: AW302 unsafe
        step("c", 1),  # short
        step("d", 2),
    )
    print("listed", type(results).__name__, results)


async def fan_out():
    names = ["e", "f", "g"]
    results = await asyncio.gather(*[step(n, 2) for n in names])  # error: AW302 unsafe
    print("fan_out", results)
    await asyncio.gather(*(step(n, 1) for n in names))  # error: AW302 unsafe
    print("fan_out done")


async def returned():
    return await asyncio.gather(step("h", 1), step("i", 1))  # error: AW302 unsafe


async def main():
    await pair()
    await listed()
    await fan_out()
    print("returned", await returned())
    await asyncio.gather(step("j", 1), step("k", 2))  # error: AW302 unsafe
    print("done")


asyncio.run(main())
