import asyncio
from asyncio import CancelledError


async def work():
    await asyncio.sleep(0)


async def main(log):
    try:
        await work()
    except asyncio.CancelledError:  # error: AW503 unsafe
        log("cancelled")
    try:
        await work()
    except (ValueError, CancelledError) as e:  # error: AW503 unsafe
        log(e)
        if e:
            log("nested")
    try:
        await work()
    except BaseException:  # error: AW503 unsafe
        pass
    try:
        await work()
    except:  # error: AW503 unsafe
        pass
    try:
        await work()
    except CancelledError: pass  # error: AW503 unsafe
    try:
        await work()
    except CancelledError: log("one line")  # error: AW503 unsafe
    while True:
        try:
            await work()
        except CancelledError:  # error: AW503 advice only
            log("bye")
            break
    try:
        async with log:
            pass
    except BaseException:  # ok: the coroutine returns
        return None
    try:
        await work()
    except CancelledError:
        raise
    except BaseException:  # ok: the cancellation went to the handler above
        pass
