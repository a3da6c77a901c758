import contextlib

import aiofiles
import aiohttp
import requests

_shared = None


async def closed_in_finally(url):
    session = aiohttp.ClientSession()
    try:
        await session.get(url)
    finally:
        await session.close()


async def closed_on_error_too(url):
    session = aiohttp.ClientSession()
    try:
        await session.get(url)
    except Exception:
        await session.close()
        raise
    await session.close()


async def already_managed(url):
    async with aiohttp.ClientSession() as session:
        await session.get(url)


async def managed_later(url):
    session = aiohttp.ClientSession()
    async with session:
        await session.get(url)


async def exit_stack(url):
    async with contextlib.AsyncExitStack() as stack:
        session = await stack.enter_async_context(aiohttp.ClientSession())
        other = aiohttp.ClientSession()
        await stack.enter_async_context(other)
        third = aiohttp.ClientSession()
        stack.push_async_callback(third.close)
        await session.get(url)


async def factory():
    session = aiohttp.ClientSession()
    session.headers.update({"x": "1"})
    return session


class Owner:
    async def start(self):
        session = aiohttp.ClientSession()
        self.session = session
        self.other = aiohttp.ClientSession()


async def module_owned():
    global _shared
    _shared = aiohttp.ClientSession()
    await _shared.get("u")


def not_a_coroutine():
    session = aiohttp.ClientSession()
    session.close()


async def nested_plain_function():
    def make():
        return aiohttp.ClientSession()

    return make


async def lookalikes(path):
    session = requests.Session()
    session.close()
    handle = aiofiles.open(path)
    del handle


async def shadowed(url):
    class aiohttp:
        @staticmethod
        def ClientSession():
            return None

    session = aiohttp.ClientSession()
    await session.close()


async def never_closed_and_kept(url):
    session = aiohttp.ClientSession()
    wrapper = Wrapper(session)
    await wrapper.session.get(url)
    return wrapper


class Wrapper:
    def __init__(self, session):
        self.session = session
