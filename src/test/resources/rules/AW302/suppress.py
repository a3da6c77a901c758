import asyncio
import contextlib
import contextlib as cl
from contextlib import suppress


async def fetch(n):
    await asyncio.sleep(0)
    return n


async def main(flag):
    with contextlib.suppress(ValueError):
        await asyncio.gather(fetch(1), fetch(2))  # error: AW302 withheld: `contextlib.suppress()` around it suppresses what `gather()` raises, where a TaskGroup raises an `ExceptionGroup` (which `suppress()` lets through before Python 3.12)
    with open(__file__), cl.suppress(KeyError):
        if flag:
            x = await asyncio.gather(fetch(1))  # error: AW302 withheld: `contextlib.suppress()` around it suppresses what `gather()` raises, where a TaskGroup raises an `ExceptionGroup` (which `suppress()` lets through before Python 3.12)
    with (
        suppress(ValueError) as ignored,
    ):
        for _ in range(2):
            return await asyncio.gather(fetch(1))  # error: AW302 withheld: `contextlib.suppress()` around it suppresses what `gather()` raises, where a TaskGroup raises an `ExceptionGroup` (which `suppress()` lets through before Python 3.12)
    with suppress(ValueError):
        pass
    await asyncio.gather(fetch(3), fetch(4))  # error: AW302 unsafe
    with contextlib.nullcontext():
        await asyncio.gather(fetch(5))  # error: AW302 unsafe
    with suppress(ValueError):

        async def inner():
            await asyncio.gather(fetch(6))  # error: AW302 unsafe

        await inner()
    return x, ignored


async def shadowed(suppress):
    with suppress(ValueError):
        await asyncio.gather(fetch(7))  # error: AW302 unsafe
