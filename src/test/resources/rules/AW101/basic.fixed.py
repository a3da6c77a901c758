import asyncio
import time


async def poll(flag):
    await asyncio.sleep(0.01)  # error: AW101 unsafe
    result = [await asyncio.sleep(0)]  # error: AW101 unsafe
    return result


def not_a_coroutine():
    time.sleep(0.01)  # ok: a plain function may block


async def nested():
    def helper():
        time.sleep(0)  # ok: the innermost function is not async

    return lambda: time.sleep(0)  # ok: nor is a lambda
