# target: py311
import asyncio


class TimeoutError(Exception):  # ok: our own
    pass


def check(error):
    return isinstance(error, asyncio.TimeoutError)  # error: AW502 withheld: `TimeoutError` does not mean the builtin here


def other(asyncio):
    return asyncio.TimeoutError  # ok: the parameter shadows the module


asyncio.TimeoutError = TimeoutError  # ok: an assignment, not a reference
