import asyncio

_background_tasks: set[asyncio.Task[object]] = set()

# runnable


async def work(n, done):
    await asyncio.sleep(0)
    done.append(n)


async def main():
    done = []
    task = asyncio.create_task(work(1, done))  # error: AW303 unsafe
    _background_tasks.add(task)
    task.add_done_callback(_background_tasks.discard)
    task = asyncio.ensure_future(work(2, done))  # error: AW303 unsafe
    _background_tasks.add(task)
    task.add_done_callback(_background_tasks.discard)
    for n in range(3, 5):
        task = asyncio.get_running_loop().create_task(work(n, done))  # error: AW303 unsafe
        _background_tasks.add(task)
        task.add_done_callback(_background_tasks.discard)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(sorted(done))


if __name__ == "__main__":
    asyncio.run(main())
