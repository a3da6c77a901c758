import asyncio
import subprocess

_stock = {"tea": 3, "cups": 6}


async def reserve(order_id):
    await asyncio.sleep(0)
    return order_id in range(100)


async def restock(item, count):
    subprocess.run(["true"], check=False)
    _stock[item] = _stock.get(item, 0) + count


async def count(item):
    return _stock.get(item, 0)


async def watch(item, threshold):
    while _stock.get(item, 0) > threshold:
        await asyncio.sleep(0.1)


async def refresh_all(items):
    tasks = [asyncio.ensure_future(restock(item, 1)) for item in items]
    for task in tasks:
        await task
