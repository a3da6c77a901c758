"""A name imported from asyncio and then deleted: its import cannot go."""


def deleted(error):
    from asyncio import TimeoutError as Gone

    caught = isinstance(error, Gone)  # error: AW502 withheld: `Gone` is assigned or deleted
    del Gone
    return caught
