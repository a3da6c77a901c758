import aiohttp as ah
from aiofiles import open as aopen
from aiohttp import ClientSession
from httpx import AsyncClient as Client


async def first(url):
    s = ah.ClientSession()  # error: AW801 unsafe
    await s.get(url)
    await s.close()


async def second(url):
    s = ClientSession()  # error: AW801 unsafe
    await s.get(url)
    await s.close()


async def third(path):
    handle = await aopen(path)  # error: AW801 unsafe
    data = await handle.read()
    await handle.close()
    return data


async def fourth(url):
    c = Client()  # error: AW801 unsafe
    await c.get(url)
    await c.aclose()
