# runnable
import asyncio


async def step(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    return name.upper()


async def load():
    a = asyncio.create_task(step("a", 2))  # error: AW301 withheld: a statement between the tasks and their awaits awaits (`await`, `async for`, `async with`)
    b = asyncio.create_task(step("b", 3), name="b")
    print("meanwhile")
    await asyncio.sleep(0)
    print("after one pause")
    x = await a
    y = await b
    print("load", x, y)


async def returned():
    async with asyncio.TaskGroup() as tg:
        c = tg.create_task(step("c", 1))  # error: AW301 unsafe
        d = tg.create_task(step("d", 2))
    return d.result()


async def main():
    await load()
    print("returned", await returned())
    for n in range(2):
        async with asyncio.TaskGroup() as tg:
            e = tg.create_task(step(f"e{n}", 1))  # error: AW301 unsafe
            f = tg.create_task(step(f"f{n}", 1))
    print("done")


asyncio.run(main())
