import asyncio


async def main(loop, aws):
    await asyncio.sleep(1, loop=loop)  # error: AW603 unsafe
    await asyncio.sleep(loop=loop, delay=1)  # error: AW603 unsafe
    await asyncio.wait_for(aws[0], loop=loop, timeout=1)  # error: AW603 unsafe
    await asyncio.gather(*aws, loop=loop,)  # error: AW603 unsafe
    await asyncio.gather(loop=loop)  # error: AW603 unsafe
    await asyncio.gather(loop=loop,)  # error: AW603 unsafe
    lock = asyncio.Lock(loop=loop)  # error: AW603 unsafe
    queue = asyncio.Queue(maxsize=3, loop=loop)  # error: AW603 unsafe
    event = asyncio.locks.Event(loop=loop)  # error: AW603 unsafe
    done, pending = await asyncio.wait(aws, loop=loop, return_when=asyncio.FIRST_COMPLETED)  # error: AW603 unsafe
    return lock, queue, event, done, pending


async def kept(loop, coro):
    asyncio.ensure_future(coro, loop=loop)  # ok: still takes loop
    asyncio.run_coroutine_threadsafe(coro, loop=loop)  # ok: still takes loop
    fut = asyncio.Future(loop=loop)  # ok: still takes loop
    asyncio.sleep(1, result=loop)  # ok: not the loop argument
    return fut
