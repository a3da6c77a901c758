# runnable
# Intended change: before the fix the worker swallows its cancellation and ends
# normally (task.cancelled() is False); after it the task is cancelled as asked.
# The program prints only what stays the same: the handler runs, main goes on.
import asyncio


async def worker(started):
    try:
        started.set()
        await asyncio.sleep(10)
    except asyncio.CancelledError:  # error: AW503
        print("worker cleans up")
        raise


async def main():
    started = asyncio.Event()
    task = asyncio.create_task(worker(started))
    await started.wait()
    task.cancel()
    await asyncio.wait([task])
    print("done")


asyncio.run(main())
