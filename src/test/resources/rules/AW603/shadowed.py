import asyncio


class Pool:
    def sleep(self, seconds, loop=None):
        return seconds


def gather(*aws, loop=None):
    return aws


async def main(pool: Pool, loop):
    pool.sleep(1, loop=loop)  # ok: a method of another object
    gather(1, loop=loop)  # ok: our own gather


async def other(asyncio, loop):
    asyncio.sleep(1, loop=loop)  # ok: the parameter shadows the module


async def third(loop, **options):
    from trio import sleep

    await sleep(1, loop=loop)  # ok: not asyncio's
    await asyncio.sleep(1, **options)  # ok: no loop= written
