# target: py38
import asyncio
import functools


@asyncio.coroutine  # error: AW602 unsafe
def fetch(reader):
    line = yield from reader.readline()
    return line.decode()


@asyncio.coroutine  # error: AW602 unsafe
def statement():
    yield from asyncio.sleep(0)


@asyncio.coroutine  # error: AW602 unsafe
def precedence(a, b, c, flag):
    x = yield from a + b
    y = yield from -c
    z = yield from a if flag else b
    w = yield from a ** 2
    v = yield from (a)
    u = (yield from a.b[0](c)) + 1
    return (yield from functools.partial(a, b)())


@asyncio.coroutine  # error: AW602 unsafe
def augmented(total, source):
    total += yield from source()
    total: int = yield from source()
    print(f"{(yield from source())}")
    return total


@functools.lru_cache()
@asyncio.coroutine  # error: AW602 unsafe
# a comment between decorators stays
@functools.wraps(print)
def kept_decorators():
    yield from asyncio.sleep(0)


@asyncio.coroutine  # error: AW602 unsafe
def nested():
    def inner():
        yield from range(3)

    values = yield from asyncio.sleep(0, list(inner()))
    square = lambda: (yield)
    return values, square


@asyncio.coroutine  # legacy API  # error: AW602 unsafe
def commented():
    result = (yield from  # why
              asyncio.sleep(0))
    other = (yield from  # why
             result + 1)
    return result, other


class Client:
    @staticmethod
    @asyncio.coroutine  # error: AW602 unsafe
    def ping(conn):
        yield from conn.send(b"ping")

    @asyncio.coroutine  # error: AW602 unsafe
    def close(self):
        self.closed = True


@asyncio.coroutine  # error: AW602 withheld: it also uses a plain `yield`
def plain_yield():
    yield
    yield from asyncio.sleep(0)


@asyncio.coroutine  # error: AW602 withheld: it returns a value and is no generator
def returns_awaitable():
    return asyncio.sleep(0)


@asyncio.coroutine  # error: AW602 safe
async def already_native():
    await asyncio.sleep(0)
