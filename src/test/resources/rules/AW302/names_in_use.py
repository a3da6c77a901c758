from asyncio import TaskGroup, gather, sleep


async def work(n):
    await sleep(0)
    return n


async def main(tg, work_task):
    a, b = await gather(work(1), work(2))  # error: AW302
    return a, b
