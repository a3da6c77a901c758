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


class Polls:
    def __init__(self, protocol):
        self.protocol = protocol

    async def another_objects_state(self, protocol, q, flags, job):
        # what a library or another object keeps offers nothing to wait on
        while protocol is None or not protocol.writing_paused:
            await asyncio.sleep(0.01)
        while q._waiting != 4:
            await asyncio.sleep(0)
        while not job.finished:
            await asyncio.sleep(0.01)
        while True:
            if flags.get("done"):
                break
            await asyncio.sleep(1)

    async def calls_and_subscripts(self, queue, flags, start, timeout):
        while True:
            if queue.empty():
                break
            await asyncio.sleep(0.5)
        while time.monotonic() - start < timeout:
            await asyncio.sleep(0.1)
        while not flags["done"]:
            await asyncio.sleep(0.1)

    async def attribute_of_self_the_class_never_assigns(self):
        # `if self.unset:` is a test, not an annotated assignment
        if self.unset:
            pass
        while not self.unset:
            await asyncio.sleep(0.1)
        while not self.protocol.ready:
            await asyncio.sleep(0.1)
