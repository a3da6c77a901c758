from asyncio import coroutine

import sys

if sys.version_info < (3, 11):
    from asyncio import coroutine as maybe


# error: AW602
async def converts():
    await converts()


@coroutine  # error: AW602
def stays():
    yield 1


# error: AW602
async def conditional():
    await converts()


wrapped = coroutine(print)
