import asyncio
from asyncio import get_running_loop
from functools import reduce


def work(*numbers):
    return sum(numbers)


async def factory_imported_by_name():
    loop = get_running_loop()
    return await loop.run_in_executor(None, work, 1)  # error: AW201 withheld: `loop = ...` would be left unused, and it cannot go with the fix


async def commented():
    loop = asyncio.get_running_loop()  # the running loop
    return await loop.run_in_executor(None, work, 2)  # error: AW201 withheld: `loop = ...` would be left unused, and it cannot go with the fix


async def partial_still_imported_for_others():
    total = reduce(lambda a, b: a + b, [1, 2])
    return total, await asyncio.to_thread(work, 3)  # error: AW201 unsafe
