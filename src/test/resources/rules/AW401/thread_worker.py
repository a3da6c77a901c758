import asyncio
import threading

# runnable


async def double(n):
    await asyncio.sleep(0)
    return n * 2


def worker(n, results):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    results.append(loop.run_until_complete(double(n)))  # error: AW401 unsafe
    loop.close()


results = []
threads = [threading.Thread(target=worker, args=(n, results)) for n in (1, 2)]
for thread in threads:
    thread.start()
    thread.join()
print(results)
