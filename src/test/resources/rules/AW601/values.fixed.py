# A coroutine whose value is used where a coroutine makes no sense: its truth taken (a coroutine
# object is always true), or kept in a local that nothing reads again.
import asyncio


async def ready():
    return False


async def fetch(n):
    return n


async def values(flag, items):
    if await ready():  # error: AW601 unsafe
        pass
    elif not await ready():  # error: AW601 unsafe
        pass
    while await ready() and flag:  # error: AW601 unsafe
        break
    first = 1 if await ready() else 2  # error: AW601 unsafe
    assert not await ready() or flag  # error: AW601 unsafe
    chosen = [item for item in items if await ready()]  # error: AW601 unsafe
    counted = sum(1 for item in items if ready())  # error: AW601 withheld: async generator
    result = await fetch(1)  # error: AW601 unsafe
    kept = fetch(2)
    awaited = await kept
    both = flag or fetch(3)
    both = fetch(4) if flag else None
    summed = [fetch(5)]
    if await asyncio.sleep(0):  # error: AW601 unsafe
        pass
    future = asyncio.gather(fetch(6))
    if await ready():
        pass
    return first, awaited, both, summed, future, chosen, counted


async def read_by_name():
    hidden = fetch(7)
    return locals()


async def read_later():
    for _ in range(2):
        later = fetch(8)
    del later


def plain():
    if ready():  # error: AW601 advice only
        return fetch(9)
    gone = fetch(10)  # error: AW601 advice only


module_level = fetch(11)


class Holder:
    attribute = fetch(12)
