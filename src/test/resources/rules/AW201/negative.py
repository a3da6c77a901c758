import asyncio
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

pool = ThreadPoolExecutor()


def work(x):
    return x


async def custom_executors():
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(pool, work, 1)  # ok: a custom executor
    with ProcessPoolExecutor() as processes:
        await loop.run_in_executor(processes, work, 2)  # ok: a process pool


async def unknown_receiver(thing):
    await thing.run_in_executor(None, work, 3)  # ok: not known to be an event loop


def not_a_coroutine():
    loop = asyncio.new_event_loop()
    return loop.run_in_executor(None, work, 4)  # ok: no running loop for to_thread
