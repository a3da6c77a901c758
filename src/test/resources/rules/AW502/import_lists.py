from asyncio import (
    sleep,
    TimeoutError,  # the one to go
    wait_for,
)
from asyncio import (
    Lock,
    TimeoutError as T1,
)
from asyncio import TimeoutError as T2, Event
from asyncio.exceptions import (TimeoutError as T3)
import os; from asyncio import TimeoutError as T4


def f(e):
    return isinstance(e, (TimeoutError, T1, T2, T3, T4))  # error: AW502, AW502, AW502, AW502, AW502 unsafe


def g():
    from asyncio import TimeoutError as Local

    return Local  # error: AW502 safe
