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
    await asyncio.gather(fetch(1), return_exceptions=flag)  # error: AW302
    await asyncio.gather(fetch(1), return_exceptions=False)  # error: AW302
    print(await asyncio.gather(fetch(1), fetch(2)))  # error: AW302
    await asyncio.gather(fut, fetch(2))  # error: AW302
    await asyncio.gather(asyncio.ensure_future(fetch(1)), fetch(2))  # error: AW302
    await asyncio.gather(plain(1), fetch(2))  # error: AW302
    await asyncio.gather(len(aws), fetch(2))  # error: AW302
    await asyncio.gather(fetch(await fetch(1)), fetch(2))  # error: AW302
    await asyncio.gather(*aws)  # error: AW302
    await asyncio.gather(fetch(1), *aws)  # error: AW302
    await asyncio.gather()  # error: AW302
    x = 1; await asyncio.gather(fetch(1))  # error: AW302
    if flag: await asyncio.gather(fetch(1))  # error: AW302
    try:
        await asyncio.gather(fetch(1), fetch(2))  # error: AW302
    except ValueError:
        pass
    x += await asyncio.gather(fetch(1))  # error: AW302
    await asyncio.gather(*[f for f in aws])  # error: AW302
    await asyncio.gather(Widget(), fetch(2))  # error: AW302
    await asyncio.gather(fetch(1), loop=aws)  # error: AW302
    await asyncio.gather(fetch(1), asyncio.create_task(fetch(2)))  # error: AW302
    await asyncio.gather(*[fetch(n) async for n in aws])  # error: AW302
    await asyncio.gather(*{fetch(n) for n in aws})  # error: AW302
    return x


class Service:
    def compute(self):
        return asyncio.ensure_future(fetch(1))

    async def go(self):
        await asyncio.sleep(0)

    alias = go

    async def run(self):
        await asyncio.gather(self.compute(), self.go())  # error: AW302
        await asyncio.gather(self.go(), self.alias())  # error: AW302
