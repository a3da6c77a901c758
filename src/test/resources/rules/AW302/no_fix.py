import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return n


class Widget:
    pass


def plain(n):
    return asyncio.sleep(n)


async def main(aws, flag, fut):
    await asyncio.gather(fetch(1), return_exceptions=True)
    await asyncio.gather(fetch(1), return_exceptions=flag)  # error: AW302 withheld: `return_exceptions` is given: a TaskGroup has no such mode
    await asyncio.gather(fetch(1), return_exceptions=False)  # error: AW302 withheld: `return_exceptions` is given: a TaskGroup has no such mode
    print(await asyncio.gather(fetch(1), fetch(2)))  # error: AW302 withheld: the `await` is not the whole value of a statement, an assignment or a `return`
    await asyncio.gather(fut, fetch(2))  # error: AW302 withheld: `fut` is not a call
    await asyncio.gather(asyncio.ensure_future(fetch(1)), fetch(2))  # error: AW302 withheld: `ensure_future()` returns a future, which `create_task()` refuses
    await asyncio.gather(plain(1), fetch(2))  # error: AW302 withheld: `plain()` may not give a coroutine
    await asyncio.gather(len(aws), fetch(2))  # error: AW302 withheld: `len()` may not give a coroutine
    await asyncio.gather(fetch(await fetch(1)), fetch(2))  # error: AW302 withheld: an argument awaits (`await`, `async for`)
    await asyncio.gather(*aws)  # error: AW302 withheld: an argument is unpacked
    await asyncio.gather(fetch(1), *aws)  # error: AW302 withheld: an argument is unpacked
    await asyncio.gather()  # error: AW302 withheld: `gather()` is given nothing to run
    x = 1; await asyncio.gather(fetch(1))  # error: AW302 withheld: the statement shares its line with another
    if flag: await asyncio.gather(fetch(1))  # error: AW302 withheld: the statement shares its line with another
    try:
        await asyncio.gather(fetch(1), fetch(2))  # error: AW302 withheld: a `try` around it catches what `gather()` raises, where a TaskGroup raises an `ExceptionGroup`
    except ValueError:
        pass
    x += await asyncio.gather(fetch(1))  # error: AW302 withheld: the `await` is not the whole value of a statement, an assignment or a `return`
    await asyncio.gather(*[f for f in aws])  # error: AW302 withheld: `f` is not a call
    await asyncio.gather(Widget(), fetch(2))  # error: AW302 withheld: `Widget()` may not give a coroutine
    await asyncio.gather(fetch(1), loop=aws)  # error: AW302 withheld: `gather()` is given a keyword argument
    await asyncio.gather(fetch(1), asyncio.create_task(fetch(2)))  # error: AW302 withheld: `create_task()` returns a future, which `create_task()` refuses
    await asyncio.gather(*[fetch(n) async for n in aws])  # error: AW302 withheld: an argument awaits (`await`, `async for`)
    await asyncio.gather(*{fetch(n) for n in aws})  # error: AW302 withheld: an argument is unpacked
    return x


class Service:
    def compute(self):
        return asyncio.ensure_future(fetch(1))

    async def go(self):
        await asyncio.sleep(0)

    alias = go

    async def run(self):
        await asyncio.gather(self.compute(), self.go())  # error: AW302 withheld: `self.compute()` may not give a coroutine
        await asyncio.gather(self.go(), self.alias())  # error: AW302 withheld: `self.alias()` may not give a coroutine
