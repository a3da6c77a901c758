import asyncio


async def work():
    await asyncio.sleep(0)


async def main(flag):
    if flag: asyncio.create_task(work())  # error: AW303 advice only
    flag = 1; asyncio.create_task(work())  # error: AW303 advice only


class Holder:
    asyncio.ensure_future(work())  # error: AW303 advice only
