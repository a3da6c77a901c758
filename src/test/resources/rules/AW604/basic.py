import asyncio
import time
from abc import abstractmethod


async def _total(items):  # error: AW604 advice only
    return sum(items)


async def _blocks():  # error: AW604 advice only
    time.sleep(1)


async def outer():
    async def inner():  # ok: awaits
        await asyncio.sleep(0)

    async def helper(x):  # error: AW604 advice only
        return x + 1

    class Local:
        async def method(self):  # ok: awaits
            await asyncio.sleep(0)

    await inner()
    return await helper(await _total([1])), Local, await _blocks(), await _one_liner()


async def _one_liner(): return 1  # error: AW604 advice only


class Service:
    async def _handle(self, request):  # error: AW604 advice only
        return request

    async def serve(self, request):
        return await self._handle(request)

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
