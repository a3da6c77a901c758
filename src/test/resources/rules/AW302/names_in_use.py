from asyncio import TaskGroup, gather, sleep

fetch_task = None  # a module-level name: no new local may hide it


async def work(n):
    await sleep(0)
    return n


async def fetch(n):
    await sleep(0)
    return n


async def main(tg, work_task1):
    a, b = await gather(work(1), work(2))  # error: AW302 unsafe
    c, d = await gather(fetch(3), fetch_more(4))  # error: AW302 unsafe
    return a, b, c, d, tg, work_task1


async def fetch_more(n):
    def nested():
        return fetch_more_task  # the enclosing function's name, read by a nested one
    fetch_more_task = n
    await gather(fetch(n), fetch_more(n - 1)) if n else None  # error: AW302 withheld: the `await` is not the whole value
    results = await gather(fetch_more(n - 1))  # error: AW302 unsafe
    return nested(), results
