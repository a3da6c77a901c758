# runnable
import asyncio
import contextlib


async def fail():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def step(name):
    await asyncio.sleep(0)
    return name


async def ticks():
    for i in range(2):
        await asyncio.sleep(0.01)
        yield i


@contextlib.asynccontextmanager
async def pause():
    await asyncio.sleep(0.01)
    yield


async def awaited():
    a = asyncio.create_task(fail())  # error: AW301 withheld: a statement between the tasks and their awaits awaits (`await`, `async for`, `async with`)
    b = asyncio.create_task(step("b"))
    await asyncio.sleep(0.01)
    print("progress saved")
    await a
    await b


async def async_for():
    a = asyncio.create_task(fail())  # error: AW301 withheld: a statement between the tasks and their awaits awaits (`await`, `async for`, `async with`)
    b = asyncio.create_task(step("b"))
    async for i in ticks():
        print("tick", i)
    await a
    await b


async def async_with():
    a = asyncio.create_task(fail())  # error: AW301 withheld: a statement between the tasks and their awaits awaits (`await`, `async for`, `async with`)
    b = asyncio.create_task(step("b"))
    async with pause():
        print("paused")
    await a
    await b


async def awaited_in_comprehension():
    a = asyncio.create_task(fail())  # error: AW301 withheld: a statement between the tasks and their awaits awaits (`await`, `async for`, `async with`)
    b = asyncio.create_task(step("b"))
    print([await step(n) for n in "xy"])
    await a
    await b


async def nested_coroutine():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(step("a"))  # error: AW301 unsafe
        b = tg.create_task(step("b"))

        async def later():
            await asyncio.sleep(0)
            async with pause():
                return [i async for i in ticks()]

        print("defined", callable(later))
    x = a.result()
    y = b.result()
    print(x, y, await later())


async def main():
    for run in (awaited, async_for, async_with, awaited_in_comprehension):
        try:
            await run()
        except Exception as e:  # ValueError, or an ExceptionGroup
            print(run.__name__, "failed:", type(e).__name__)
    await nested_coroutine()
    await asyncio.sleep(0.05)


asyncio.run(main())
