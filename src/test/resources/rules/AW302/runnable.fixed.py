# runnable
import asyncio


async def step(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    return name.upper()


async def pair():
    async with asyncio.TaskGroup() as tg:
        step_task1 = tg.create_task(step("a", 2))
        step_task2 = tg.create_task(step("b", 3))
    a, b = step_task1.result(), step_task2.result()  # error: AW302 unsafe
    print("pair", a, b)


async def listed():
    async with asyncio.TaskGroup() as tg:  # error: AW302 unsafe
        step_task1 = tg.create_task(step("c", 1))  # short
        step_task2 = tg.create_task(step("d", 2))
    results = [step_task1.result(), step_task2.result()]
    print("listed", type(results).__name__, results)


async def fan_out():
    names = ["e", "f", "g"]
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(step(n, 2)) for n in names]
    results = [t.result() for t in tasks]  # error: AW302 unsafe
    print("fan_out", results)
    async with asyncio.TaskGroup() as tg:
        for n in names:
            tg.create_task(step(n, 1))  # error: AW302 unsafe
    print("fan_out done")


async def returned():
    async with asyncio.TaskGroup() as tg:
        step_task1 = tg.create_task(step("h", 1))
        step_task2 = tg.create_task(step("i", 1))
    return [step_task1.result(), step_task2.result()]  # error: AW302 unsafe


async def main():
    await pair()
    await listed()
    await fan_out()
    print("returned", await returned())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("j", 1))
        tg.create_task(step("k", 2))  # error: AW302 unsafe
    print("done")


asyncio.run(main())
