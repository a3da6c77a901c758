"""A comment between `*` and what it unpacks: the rewrite cannot carry it."""
import asyncio


async def one():
    return 1


async def spread():
    coros = [one() for _ in range(3)]
    return await asyncio.gather(*  # error: AW302 withheld: a comment stands between `*` and what it unpacks
        (c for c in coros))
