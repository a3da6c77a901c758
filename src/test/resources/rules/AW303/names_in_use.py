import asyncio

_background_tasks = []


async def work(task):
    await asyncio.sleep(0)


async def main():
    asyncio.create_task(work(1))  # error: AW303 unsafe
    for task in range(2):
        print(task)


async def elsewhere():
    asyncio.create_task(work(2))  # error: AW303 unsafe
