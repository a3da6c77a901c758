from asyncio import coroutine

import sys

if sys.version_info < (3, 11):
    from asyncio import coroutine as maybe


# error: AW602 unsafe
async def converts():
    await converts()


@coroutine  # error: AW602 withheld: it also uses a plain `yield`
def stays():
    yield 1


# error: AW602 unsafe
async def conditional():
    await converts()


wrapped = coroutine(print)
