"""Tasks, imported by name."""
from asyncio import create_task, sleep


async def work(n):
    await sleep(0)
    return n


async def main():
    first = create_task(work(1))  # error: AW301 unsafe
    second = create_task(work(2))
    await first
    await second
