from asyncio import coroutine

import sys

if sys.version_info < (3, 11):
    from asyncio import coroutine as maybe


@coroutine  # error: AW602 unsafe
def converts():
    yield from converts()


@coroutine  # error: AW602 withheld: it also uses a plain `yield`
def stays():
    yield 1


@maybe  # error: AW602 unsafe
def conditional():
    yield from converts()


wrapped = coroutine(print)
