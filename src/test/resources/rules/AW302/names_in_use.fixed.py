from asyncio import TaskGroup, gather, sleep

fetch_task = None  # a module-level name: no new local may hide it


async def work(n):
    await sleep(0)
    return n


async def fetch(n):
    await sleep(0)
    return n


async def main(tg, work_task1):
    async with TaskGroup() as tg2:
        work_task2 = tg2.create_task(work(1))
        work_task3 = tg2.create_task(work(2))
    a, b = work_task2.result(), work_task3.result()  # error: AW302 unsafe
    async with TaskGroup() as tg2:
        fetch_task2 = tg2.create_task(fetch(3))
        fetch_more_task = tg2.create_task(fetch_more(4))
    c, d = fetch_task2.result(), fetch_more_task.result()  # error: AW302 unsafe
    return a, b, c, d, tg, work_task1


async def fetch_more(n):
    def nested():
        return fetch_more_task  # the enclosing function's name, read by a nested one
    fetch_more_task = n
    await gather(fetch(n), fetch_more(n - 1)) if n else None  # error: AW302 withheld: the `await` is not the whole value
    async with TaskGroup() as tg:
        fetch_more_task2 = tg.create_task(fetch_more(n - 1))
    results = [fetch_more_task2.result()]  # error: AW302 unsafe
    return nested(), results
