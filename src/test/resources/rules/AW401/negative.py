import asyncio
import contextlib


class Runner:
    def run_until_complete(self, coro):
        return coro


async def main():
    return 1


def unknown_loop(loop, coro):
    return loop.run_until_complete(coro)  # ok: not known to be an event loop


def ours(coro):
    runner = Runner()
    return runner.run_until_complete(coro)  # ok: not an event loop


async def inside():
    loop = asyncio.get_running_loop()
    return loop.run_until_complete(asyncio.sleep(0))  # ok: AW402's case, not this rule's


def running_loop_outside_a_coroutine():
    loop = asyncio.get_running_loop()
    loop.run_until_complete(main())  # ok: the running loop is not a loop made by hand


def the_callers_loop_or_a_new_one(loop=None):
    if loop is None:
        loop = asyncio.new_event_loop()
    loop.run_until_complete(main())  # ok: may be the caller's loop


def bound_twice():
    loop = asyncio.new_event_loop()
    loop.run_until_complete(main())  # ok: which loop runs is a guess
    loop = asyncio.new_event_loop()
    loop.run_until_complete(main())


def used_by_a_nested_coroutine():
    loop = asyncio.new_event_loop()

    async def on_that_loop():
        return asyncio.get_running_loop() is loop

    loop.run_until_complete(on_that_loop())  # ok: the coroutine needs this very loop
    loop.close()


def fixture_of_a_loop():
    loop = asyncio.new_event_loop()
    loop.run_until_complete(main())  # ok: a generator: the loop lives on across its yield
    yield
    loop.close()


def yields_the_loop():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    yield loop
    loop.run_until_complete(loop.shutdown_asyncgens())  # ok: set up for the tests
    loop.close()


def hands_it_back():
    loop = asyncio.new_event_loop()
    loop.run_until_complete(main())  # ok: the caller goes on with the loop
    return loop


def stores_it(holder):
    loop = asyncio.new_event_loop()
    holder.loop = loop
    loop.run_until_complete(main())  # ok: someone else keeps the loop


def looks_at_the_loop():
    loop = asyncio.new_event_loop()
    loop.run_until_complete(main())  # ok: the code is about the loop itself
    assert not loop.is_closed()
    loop.close()


def a_custom_task_factory():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(None)
    loop.run_until_complete(main())  # ok: a loop configured by hand
    loop.close()


def two_loops_on_purpose():
    first = asyncio.new_event_loop()
    second = asyncio.new_event_loop()
    first.run_until_complete(main())  # ok: code that runs two loops is about loops
    second.run_until_complete(main())
    first.close()
    second.close()


def a_second_loop_beside_a_given_one(given):
    other = asyncio.new_event_loop()
    with contextlib.closing(other):
        other.run_until_complete(main())  # ok: two loops again
        given.run_until_complete(main())


def a_loop_of_another_kind():
    loop = asyncio.SelectorEventLoop()
    loop.run_until_complete(main())  # ok: asyncio.run() would make a default loop
    loop.close()


outer = asyncio.new_event_loop()


def the_modules_loop():
    outer.run_until_complete(main())  # ok: not this function's loop


class Holder:
    def setup(self):
        self.loop = asyncio.new_event_loop()
        self.loop.run_until_complete(main())  # ok: an attribute: others use it too


def closed_in_finally():
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main())  # ok: the code owns its loop and always closes it
    finally:
        loop.close()


async def test_a_second_loop_in_a_thread(executor):
    def on_a_new_loop():
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(main())  # ok: a second loop on purpose, closed with care
        finally:
            loop.close()

    await asyncio.get_running_loop().run_in_executor(executor, on_a_new_loop)
