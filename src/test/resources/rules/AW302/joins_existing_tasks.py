import asyncio


async def work():
    await asyncio.sleep(0)


async def waits_until_they_block(queue):
    loop = asyncio.get_running_loop()
    getters = [loop.create_task(queue.get()) for _ in range(4)]
    while queue.waiting() != 4:
        await asyncio.sleep(0)
    await asyncio.gather(*getters)  # ok: the tasks run before the gather


async def two_made_before():
    first = asyncio.create_task(work())
    second = asyncio.ensure_future(work())
    await asyncio.sleep(0)
    await asyncio.gather(first, second)  # ok: tasks made before


class Bunch:
    def __init__(self, n):
        self._futures = []
        for _ in range(n):
            task = asyncio.Task(work())
            self._futures.append(task)

    async def wait_for_finished(self):
        await asyncio.gather(*self._futures)  # ok: tasks made in __init__


async def mixed():
    jobs = [work() for _ in range(3)]
    jobs.append(asyncio.create_task(work()))
    await asyncio.gather(*jobs)  # error: AW302 withheld: an argument is unpacked
