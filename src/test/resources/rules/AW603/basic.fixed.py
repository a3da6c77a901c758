import asyncio


async def main(loop, aws):
    await asyncio.sleep(1)  # error: AW603 unsafe
    await asyncio.sleep(delay=1)  # error: AW603 unsafe
    await asyncio.wait_for(aws[0], timeout=1)  # error: AW603 unsafe
    await asyncio.gather(*aws,)  # error: AW603 unsafe
    await asyncio.gather()  # error: AW603 unsafe
    await asyncio.gather()  # error: AW603 unsafe
    lock = asyncio.Lock()  # error: AW603 unsafe
    queue = asyncio.Queue(maxsize=3)  # error: AW603 unsafe
    event = asyncio.locks.Event()  # error: AW603 unsafe
    done, pending = await asyncio.wait(aws, return_when=asyncio.FIRST_COMPLETED)  # error: AW603 unsafe
    return lock, queue, event, done, pending


async def kept(loop, coro):
    asyncio.ensure_future(coro, loop=loop)  # ok: still takes loop
    asyncio.run_coroutine_threadsafe(coro, loop=loop)  # ok: still takes loop
    fut = asyncio.Future(loop=loop)  # ok: still takes loop
    asyncio.sleep(1, result=loop)  # ok: not the loop argument
    return fut
