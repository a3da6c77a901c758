import asyncio as aio
from asyncio import sleep


# error: AW602
async def first():
    await sleep(0)


# error: AW602
async def second():
    await first()


# error: AW602
async def third():
    return (await second())


# error: AW602
async def fourth():
    await third()


# error: AW602
async def fifth():
    await fourth()
