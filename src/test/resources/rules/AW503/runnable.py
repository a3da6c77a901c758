# runnable
# Intended change: before the fix the worker swallows its cancellation and goes round its
# loop again, so that only a "stop" item ends it; after the fix the first cancel() ends it.
# The program prints only what stays the same: the handler runs, main goes on.
import asyncio


async def worker(queue):
    while True:
        try:
            item = await queue.get()
        except asyncio.CancelledError:  # error: AW503 unsafe
            print("worker cancelled")
            item = None
        if item == "stop":
            return


async def main():
    queue = asyncio.Queue()
    task = asyncio.create_task(worker(queue))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(0.01)
    print("done")
    queue.put_nowait("stop")
    await asyncio.wait([task])


asyncio.run(main())
