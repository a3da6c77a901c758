import asyncio
import urllib.request

import httpx
import requests


async def fetch(url, urls):
    r = await asyncio.to_thread(requests.get, url, timeout=5)  # error: AW102 unsafe
    await asyncio.to_thread(requests.post, url, data={"a": 1})  # error: AW102 unsafe
    await asyncio.to_thread(requests.request, "PATCH", url)  # error: AW102 unsafe
    body = (await asyncio.to_thread(urllib.request.urlopen, url)).read()  # error: AW102 unsafe
    await asyncio.to_thread(requests.put, url)  # error: AW102 unsafe
    x = await asyncio.to_thread(httpx.get, url)  # error: AW102 unsafe
    pages = [await asyncio.to_thread(requests.head, u) for u in urls]  # error: AW102 unsafe
    size = sum(len(requests.get(u).content) for u in urls)  # error: AW102 advice only
    return r, body, x, pages, size, (await asyncio.to_thread(requests.get, url)).json()  # error: AW102 unsafe


def sync_fetch(url):
    return requests.get(url)  # ok: a plain function may block


async def nested(url):
    def helper():
        return requests.get(url)  # ok: the innermost function is not async

    callback = lambda: requests.get(url)  # ok: nor is a lambda
    return helper, callback


async def not_io(url):
    prepared = requests.Request("GET", url)  # ok: builds a request, no I/O
    client = httpx.AsyncClient()  # ok: the async client
    return prepared, client, requests.codes.ok


async def streamed(url):
    with urllib.request.urlopen(url) as response:  # error: AW102 advice only
        return response.read()
