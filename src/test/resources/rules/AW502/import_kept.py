"""Imported names whose import cannot go: reported, not fixed."""
from asyncio import TimeoutError as Alias
from asyncio import TimeoutError as Exported

__all__ = ["Exported"]


def first(e):
    TimeoutError = ValueError  # shadows the builtin in this function
    return isinstance(e, (Alias, TimeoutError))  # error: AW502 withheld: `TimeoutError` does not mean the builtin everywhere `Alias` is used


def second():
    return Alias  # error: AW502 withheld: `TimeoutError` does not mean the builtin everywhere `Alias` is used


def third():
    return Exported  # error: AW502 withheld: `Exported` is listed in `__all__`


def conditional(flag):
    if flag:
        from asyncio import TimeoutError as Maybe
    return Maybe  # error: AW502 withheld: `Maybe` is imported conditionally
