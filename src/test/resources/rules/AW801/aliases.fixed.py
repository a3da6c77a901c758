import aiohttp as ah
from aiofiles import open as aopen
from aiohttp import ClientSession
from httpx import AsyncClient as Client


async def first(url):
    async with ah.ClientSession() as s:  # error: AW801 unsafe
        await s.get(url)


async def second(url):
    async with ClientSession() as s:  # error: AW801 unsafe
        await s.get(url)


async def third(path):
    async with aopen(path) as handle:  # error: AW801 unsafe
        data = await handle.read()
    return data


async def fourth(url):
    async with Client() as c:  # error: AW801 unsafe
        await c.get(url)
