import asyncio
import asyncio as aio
from asyncio import Task


async def work():
    await asyncio.sleep(0)


async def start():
    first = asyncio.Task(work())  # error: AW306 unsafe
    named = aio.Task(work(), name="worker")  # error: AW306 unsafe
    bare = Task(work())  # error: AW306 withheld: imported by name
    looped = asyncio.Task(work(), loop=asyncio.get_running_loop())  # ok: a loop given on purpose
    return first, named, bare, looped


def schedule():
    return asyncio.Task(work())  # error: AW306 withheld: outside a coroutine


def eager(loop):
    return asyncio.Task(work(), loop=loop, eager_start=True)  # ok: an eager task, on purpose


class Tracked(asyncio.Task):
    pass


async def kept(task):
    tracked = Tracked(work())  # ok: a subclass, made as its author means
    return isinstance(task, asyncio.Task), tracked  # ok: not a call
