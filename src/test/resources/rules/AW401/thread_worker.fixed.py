import asyncio
import threading

# runnable


async def double(n):
    await asyncio.sleep(0)
    return n * 2


def worker(n, results):
    results.append(asyncio.run(double(n)))  # error: AW401 unsafe


results = []
threads = [threading.Thread(target=worker, args=(n, results)) for n in (1, 2)]
for thread in threads:
    thread.start()
    thread.join()
print(results)
