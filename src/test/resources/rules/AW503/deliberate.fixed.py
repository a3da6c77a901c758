# The handlers here swallow a cancellation on purpose, in the shapes real projects use.
import asyncio
from asyncio import CancelledError


async def work():
    await asyncio.sleep(0)


async def worker(queue, log):
    # The worker ends when its owner cancels it: `task.cancel(); await task` returns None.
    try:
        while True:
            item = await queue.get()
            log(item)
    except asyncio.CancelledError:  # ok: the coroutine ends here
        log("worker stopped")


async def bridge(awaitable, future):
    # Every outcome, the cancellation included, goes to the thread waiting on the future.
    try:
        result = await awaitable
    except BaseException as exc:  # ok: forwarded
        future.set_exception(exc)
    else:
        future.set_result(result)


async def close_all(exits):
    errors = []
    for exit in exits:
        try:
            await exit()
        except (Exception, asyncio.CancelledError) as exc:  # ok: collected, raised below
            errors.append(exc)
    if errors:
        raise errors[0]


async def race(attempts, results, index):
    try:
        results[index] = await attempts[index]()
    except BaseException as exc:  # ok: stored for the caller
        results[index] = exc


async def cancel_request(waiter):
    try:
        await work()
    except CancelledError:
        # The connection is closing or the loop is shutting down: there is
        # nobody left to tell.
        pass
    await waiter


async def lookup(log):
    try:
        return await work()
    except CancelledError:  # ok: the coroutine returns
        return None


async def first(log):
    try:
        async with log:
            pass
    except CancelledError:  # ok: the coroutine returns
        return None
    await work()


async def wait_for_children(scope, children):
    # A task group's exit: cancelled itself, it cancels its children and waits for them.
    while children:
        try:
            await asyncio.wait(children)
        except asyncio.CancelledError:  # ok: passed on to the children
            scope.cancel()


async def reacquire(lock):
    # asyncio.Condition.wait: the lock is taken again before the cancellation goes on.
    try:
        await asyncio.sleep(1)
    finally:
        cancelled = False
        while True:
            try:
                await lock.acquire()
                break
            except asyncio.CancelledError:  # ok: recorded, raised once the lock is held
                cancelled = True
        if cancelled:
            raise asyncio.CancelledError


async def recorded_never_raised(lock):
    cancelled = False
    while True:
        try:
            await lock.acquire()
            break
        except asyncio.CancelledError:  # error: AW503 unsafe
            cancelled = True
            raise
    return cancelled
