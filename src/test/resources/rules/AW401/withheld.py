import asyncio


async def main():
    return 1


async def connect():
    return object()


async def use(connection):
    return connection


async def serve(loop):
    return loop


def shares_state_between_runs():
    loop = asyncio.new_event_loop()
    connection = loop.run_until_complete(connect())  # error: AW401 withheld: the loop runs more than once (lines 22, 23)
    loop.run_until_complete(use(connection))
    loop.close()


def retries_on_one_loop(attempts):
    loop = asyncio.new_event_loop()
    for _ in range(attempts):
        loop.run_until_complete(main())  # error: AW401 withheld: the loop runs more than once (line 30, in a loop)
    loop.close()


def passes_the_loop_on():
    loop = asyncio.new_event_loop()
    loop.run_until_complete(serve(loop))  # error: AW401 withheld: the loop is passed to `serve()` on line 36


def drives_it_by_hand():
    loop = asyncio.new_event_loop()
    task = loop.create_task(main())
    loop.run_until_complete(task)  # error: AW401 withheld: the code drives the loop itself too (`loop.create_task()` on line 41)


def debug_mode():
    loop = asyncio.new_event_loop()
    loop.set_debug(True)
    loop.run_until_complete(main())  # error: AW401 withheld: the code drives the loop itself too (`loop.set_debug()` on line 47)
    loop.close()


def something_in_between():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    queue = asyncio.Queue()
    loop.run_until_complete(use(queue))  # error: AW401 withheld: the statements that make, set, run and close the loop are not consecutive statements of one block
    loop.close()


def a_gathered_future():
    loop = asyncio.new_event_loop()
    loop.run_until_complete(asyncio.gather(main(), main()))  # error: AW401 withheld: its argument is not a call that gives a coroutine
    loop.close()


def arguments_that_call(make):
    loop = asyncio.new_event_loop()
    loop.run_until_complete(use(make()))  # error: AW401 withheld: the coroutine's arguments call code that would run before `asyncio.run()` makes its loop, where they ran with the loop already there
    loop.close()


def a_comment_would_go():
    loop = asyncio.new_event_loop()  # one per call
    loop.run_until_complete(main())  # error: AW401 withheld: the comment on line 73 would go with the statement the fix deletes
    loop.close()

