import asyncio
from asyncio import CancelledError


async def work():
    await asyncio.sleep(0)


async def main(log, task):
    try:
        await work()
    except Exception:  # ok: CancelledError is not an Exception
        pass
    try:
        await work()
    except CancelledError:
        log("re-raised")
        raise
    try:
        await work()
    except CancelledError as e:
        if log:
            raise e
    try:
        log("no await here")
    except CancelledError:
        pass
    task.cancel()
    try:
        await task
    except CancelledError:
        pass  # waiting for the child we cancelled

    def callback(fut):
        try:
            fut.result()
        except CancelledError:
            pass


def sync():
    try:
        work()
    except BaseException:
        pass


class CancelledErrorLike(Exception):
    pass


async def lookalike():
    try:
        await work()
    except CancelledErrorLike:
        pass
