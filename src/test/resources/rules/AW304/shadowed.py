import asyncio


class Scheduler:
    def ensure_future(self, coro):
        return coro


async def work():
    return 1


async def main(asyncio, scheduler: Scheduler):
    asyncio.ensure_future(work())  # ok: the parameter shadows the module
    scheduler.ensure_future(work())  # ok: a method of another object


async def other():
    from mylib import ensure_future

    ensure_future(work())  # ok: not asyncio's
