# target: py314
# PEP 758: `except A, B:` is the tuple (A, B), as if parenthesized.
import asyncio


async def work():
    await asyncio.sleep(0)


async def main(log):
    while True:
        try:
            await work()
        except asyncio.CancelledError:
            raise
        except ValueError, asyncio.CancelledError:  # error: AW503 unsafe
            log("swallowed")
        try:
            await work()
        except* ValueError, TypeError:
            log("no cancellation here")
        await work()
