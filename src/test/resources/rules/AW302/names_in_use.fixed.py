from asyncio import TaskGroup, gather, sleep


async def work(n):
    await sleep(0)
    return n


async def main(tg, work_task):
    async with TaskGroup() as tg2:
        work_task1 = tg2.create_task(work(1))
        work_task2 = tg2.create_task(work(2))
    a, b = work_task1.result(), work_task2.result()  # error: AW302
    return a, b
