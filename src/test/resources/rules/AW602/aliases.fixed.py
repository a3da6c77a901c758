import asyncio as aio
from asyncio import sleep


# error: AW602 unsafe
async def first():
    await sleep(0)


# error: AW602 unsafe
async def second():
    await first()


# error: AW602 unsafe
async def third():
    return (await second())


# error: AW602 unsafe
async def fourth():
    await third()


# error: AW602 unsafe
async def fifth():
    await fourth()
