import asyncio
import time
from abc import abstractmethod


async def total(items):  # error: AW604
    return sum(items)


async def blocks():  # error: AW604
    time.sleep(1)


@decorator
async def decorated():  # error: AW604
    with open("f") as handle:
        return handle.read()


async def outer():  # error: AW604
    async def inner():  # ok: awaits
        await asyncio.sleep(0)

    class Local:
        async def method(self):  # ok: awaits
            await asyncio.sleep(0)

    return lambda: inner(), Local


async def one_liner(): return 1  # error: AW604


class Service:
    async def handle(self, request):  # error: AW604
        return request

    async def __aenter__(self):  # ok: the protocol requires a coroutine
        return self

    async def __aexit__(self, *exc_info):  # ok: the protocol requires a coroutine
        return False

    @abstractmethod
    async def run(self):  # ok: a stub
        """Runs the service."""

    async def todo(self):  # ok: a stub
        raise NotImplementedError("later")

    async def nothing(self):  # ok: a stub
        ...

    async def placeholder(self):  # ok: a stub
        pass
