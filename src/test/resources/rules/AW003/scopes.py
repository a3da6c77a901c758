import asyncio

await asyncio.sleep(0)  # error: AW003 advice only


class Settings:
    delay = await asyncio.sleep(0)  # error: AW003 advice only


def sync_helper(reader):
    data = await reader.read()  # error: AW003 advice only
    async with reader:  # error: AW003 advice only
        pass
    async for line in reader:  # error: AW003 advice only
        print(line)
    lines = [line async for line in reader]  # error: AW003 advice only
    sizes = {await r.size() for r in reader}  # error: AW003 advice only
    pending = (await r.read() for r in reader)  # ok: a generator expression may await anywhere
    first = [r for r in await reader.all()]  # error: AW003 advice only
    return data, lines, sizes, pending, first


async def main(loop, reader):
    def on_done():
        await asyncio.sleep(0)  # error: AW003 advice only

    callback = lambda: await asyncio.sleep(0)  # error: AW003 advice only
    later = lambda delay=await asyncio.sleep(0): delay  # ok: a default runs in the coroutine

    class Handler:
        result = await reader.read()  # error: AW003 advice only

    async def nested():
        await asyncio.sleep(0)  # ok: a coroutine of its own

    table = [[r async for r in reader] for _ in range(2)]  # ok: nested, from 3.11
    loop.call_soon(on_done)
    return callback, later, Handler, nested, table


async def stream(source):
    yield from source  # error: AW003 advice only


async def chunks(source):
    async for chunk in source:
        yield chunk
    return len(source)  # error: AW003 advice only


async def total(source):
    def numbers():
        yield 1

    return sum(numbers())  # ok: the yield is the nested generator's
