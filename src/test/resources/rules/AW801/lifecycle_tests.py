import gc

import aiohttp
import httpx
import pytest


async def closing_is_the_subject():
    session = aiohttp.ClientSession()  # ok: closed at once, nothing can skip the close
    await session.close()
    assert session.closed


async def unclosed_on_purpose():
    session = aiohttp.ClientSession()  # ok: dropped with `del`, to see the warning
    with pytest.warns(ResourceWarning):
        del session
        gc.collect()


async def the_constructor_raises():
    with pytest.raises(TypeError):
        client = httpx.AsyncClient(auth=object())  # ok: expected to fail


async def a_real_leak(url):
    session = aiohttp.ClientSession()  # error: AW801 unsafe
    response = await session.get(url)
    assert response.status == 200
    await session.close()
