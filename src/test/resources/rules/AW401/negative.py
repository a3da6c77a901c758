import asyncio


class Runner:
    def run_until_complete(self, coro):
        return coro


def unknown_loop(loop, coro):
    return loop.run_until_complete(coro)  # ok: not known to be an event loop


def ours(coro):
    runner = Runner()
    return runner.run_until_complete(coro)  # ok: not an event loop


async def inside():
    loop = asyncio.get_running_loop()
    return loop.run_until_complete(asyncio.sleep(0))  # ok: AW402's case, not this rule's
