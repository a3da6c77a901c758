# target: py38
import asyncio
import functools


# error: AW602 unsafe
async def fetch(reader):
    line = await reader.readline()
    return line.decode()


# error: AW602 unsafe
async def statement():
    await asyncio.sleep(0)


# error: AW602 unsafe
async def precedence(a, b, c, flag):
    x = await (a + b)
    y = await (-c)
    z = await (a if flag else b)
    w = await (a ** 2)
    v = await (a)
    u = (await a.b[0](c)) + 1
    return (await functools.partial(a, b)())


# error: AW602 unsafe
async def augmented(total, source):
    total += await source()
    total: int = await source()
    print(f"{(await source())}")
    return total


@functools.lru_cache()
# error: AW602 unsafe
# a comment between decorators stays
@functools.wraps(print)
async def kept_decorators():
    await asyncio.sleep(0)


# error: AW602 unsafe
async def nested():
    def inner():
        yield from range(3)

    values = await asyncio.sleep(0, list(inner()))
    square = lambda: (yield)
    return values, square


# legacy API  # error: AW602 unsafe
async def commented():
    result = (await  # why
              asyncio.sleep(0))
    other = (await  # why
             (result + 1))
    return result, other


class Client:
    @staticmethod
    # error: AW602 unsafe
    async def ping(conn):
        await conn.send(b"ping")

    # error: AW602 unsafe
    async def close(self):
        self.closed = True


@asyncio.coroutine  # error: AW602 withheld: it also uses a plain `yield`
def plain_yield():
    yield
    yield from asyncio.sleep(0)


@asyncio.coroutine  # error: AW602 withheld: it returns a value and is no generator
def returns_awaitable():
    return asyncio.sleep(0)


# error: AW602 safe
async def already_native():
    await asyncio.sleep(0)
