from asyncio import (
    sleep,
    wait_for,
)
from asyncio import (
    Lock,
)
from asyncio import Event
import os


def f(e):
    return isinstance(e, (TimeoutError, TimeoutError, TimeoutError, TimeoutError, TimeoutError))  # error: AW502, AW502, AW502, AW502, AW502 unsafe


def g():

    return TimeoutError  # error: AW502 safe
