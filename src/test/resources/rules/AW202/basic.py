import asyncio


async def handler(reader):
    loop = asyncio.get_event_loop()  # error: AW202 safe
    started = asyncio.get_event_loop().time()  # error: AW202 safe
    loop.call_soon(print, started)
    return asyncio.events.get_event_loop(  # error: AW202 safe
    )


def plain():
    return asyncio.get_event_loop()  # ok: not a coroutine


async def outer():
    def inner():
        return asyncio.get_event_loop()  # ok: the innermost function is not async

    getter = lambda: asyncio.get_event_loop()  # ok: nor is a lambda
    reference = asyncio.get_event_loop  # ok: not a call
    return inner, getter, reference


loop = asyncio.get_event_loop()  # ok: module level
