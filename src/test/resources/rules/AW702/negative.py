import asyncio
import time


async def keep_alive():
    while True:
        await asyncio.sleep(3600)


async def does_work(queue):
    while not queue.empty():
        queue.get_nowait()
        await asyncio.sleep(0)


async def awaits_condition(client):
    while not await client.ready():
        await asyncio.sleep(1)
    while True:
        if await client.ready():
            break
        await asyncio.sleep(1)


async def with_else(flag):
    while True:
        if flag.done:
            break
        else:
            print("waiting")
        await asyncio.sleep(1)


def not_a_coroutine(flag):
    while not flag.done:
        time.sleep(0.1)


async def other_sleep(flag):
    while not flag.done:
        time.sleep(0.1)


async def outer(flag):
    def inner():
        while not flag.done:
            asyncio.sleep(0.1)

    return inner


async def sleep(seconds):
    pass


async def shadowed(flag):
    while not flag.done:
        await sleep(0.1)
