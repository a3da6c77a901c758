"""Tasks, imported by name."""
import asyncio
from asyncio import create_task, sleep


async def work(n):
    await sleep(0)
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(work(1))  # error: AW301 unsafe
        second = tg.create_task(work(2))
