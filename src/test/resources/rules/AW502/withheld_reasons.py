"""Imports of asyncio's TimeoutError whose uses the builtin name cannot replace."""
TimeoutError = ValueError  # the module's own TimeoutError hides the builtin


def hidden_builtin():
    from asyncio import TimeoutError

    return TimeoutError  # error: AW502 withheld: without the import, `TimeoutError` would not mean the builtin


def rebound(error):
    from asyncio import TimeoutError as Twice

    for Twice in ():  # ok: bound again, so not surely asyncio's
        pass
    return isinstance(error, Twice)  # ok
