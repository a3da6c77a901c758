import asyncio
import other


async def work():
    await asyncio.sleep(0)


def gather(*aws):
    return aws


async def not_asyncio():
    await gather(work(), work())  # a local gather
    await other.gather(work(), work())  # another module's


async def not_awaited():
    future = asyncio.gather(work(), work())
    await future
    await asyncio.wait_for(asyncio.gather(work(), work()), 1)


async def collecting():
    # return_exceptions=True is AW305's business: TaskGroup has no equivalent
    await asyncio.gather(work(), work(), return_exceptions=True)


async def shadowed(asyncio):
    await asyncio.gather(work(), work())


def sync():
    return asyncio.gather(work(), work())
