import asyncio
import contextlib
import contextvars


async def work():
    await asyncio.sleep(0)
    return 1


async def keywords(loop):
    a = asyncio.create_task(work(), name="a")  # error: AW301 withheld: `create_task()` is given more than a coroutine, `name=` and `context=`
    b = asyncio.create_task(work(), context=contextvars.copy_context(), loop=loop)
    await a
    await b


async def shared_line():
    a = asyncio.create_task(work()); b = asyncio.create_task(work())
    c = asyncio.create_task(work())  # error: AW301 withheld: an `await` statement shares its line with another
    d = asyncio.create_task(work())
    await c; await d


async def used_between():
    a = asyncio.create_task(work())  # error: AW301 withheld: the tasks are not awaited one right after the other in this block
    b = asyncio.create_task(work())
    print(a.done())
    await a
    await b


async def awaited_in_expression():
    a = asyncio.create_task(work())  # error: AW301 withheld: the tasks are not awaited one right after the other in this block
    b = asyncio.create_task(work())
    return await a + await b


async def yields():
    a = asyncio.create_task(work())  # error: AW301 withheld: a statement between the tasks and their awaits can `return`, `break`, `continue` or `yield`, where the block would first wait for the tasks
    b = asyncio.create_task(work())
    yield 1
    await a
    await b


async def loop_leaves():
    for _ in range(3):
        a = asyncio.create_task(work())  # error: AW301 withheld: a statement between the tasks and their awaits can `return`, `break`, `continue` or `yield`, where the block would first wait for the tasks
        b = asyncio.create_task(work())
        for i in range(2):
            continue
        else:
            continue
        await a
        await b


async def awaited_in_nested_block(flag):
    a = asyncio.create_task(work())  # error: AW301 withheld: the tasks are not awaited one right after the other in this block
    b = asyncio.create_task(work())
    if flag:
        await a
    await b
