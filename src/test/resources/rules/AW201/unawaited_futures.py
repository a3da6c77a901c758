import asyncio

_pending = set()


def close(handle):
    handle.close()


async def close_later(handle):
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, close, handle)  # ok: never awaited, only kept and called back
    _pending.add(future)
    future.add_done_callback(_pending.discard)


async def close_in_place(handle):
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, close, handle).add_done_callback(print)  # ok: only called back


async def bench_put(queue):
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, close, queue)  # ok: the task would add to what is measured
    await future


def test_throughput(benchmark):
    async def go(queue):
        future = asyncio.get_running_loop().run_in_executor(None, close, queue)  # ok: benchmark
        await future

    benchmark(go)


async def awaited_later(handle):
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, close, handle)  # error: AW201 unsafe
    await asyncio.sleep(0)
    await future
