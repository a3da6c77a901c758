import asyncio


class Policy:
    def get_event_loop(self):
        return None


async def main(asyncio):
    return asyncio.get_event_loop()  # ok: the parameter shadows the module


async def other(policy: Policy):
    return policy.get_event_loop()  # ok: a method of another object


async def third():
    def get_event_loop():
        return None

    return get_event_loop()  # ok: a local function


async def fourth():
    from mylib import get_event_loop

    return get_event_loop()  # ok: not asyncio's
