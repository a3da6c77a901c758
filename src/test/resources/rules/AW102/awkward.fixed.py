"""Aliases, the module's own asyncio alias, and calls laid out over several lines."""
import asyncio as aio
import requests as rq
from urllib.request import urlopen


async def main(url, payload):
    response = await aio.to_thread(rq.post,  # error: AW102 unsafe
        url,  # the endpoint
        json=payload,
        # a comment between arguments
        timeout=3,
    )
    data = (await aio.to_thread(urlopen, url, timeout=3)).read()  # error: AW102 unsafe
    await aio.to_thread(urlopen, url)  # error: AW102 unsafe
    await aio.to_thread(rq.get,  # error: AW102 unsafe
        url
    )
    await aio.to_thread(rq.get, *[url], **{"timeout": 1})  # error: AW102 unsafe
    await aio.to_thread(rq.options, url,)  # error: AW102 unsafe
    return response, data
