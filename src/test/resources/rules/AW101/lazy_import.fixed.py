# target: py315
# A lazy import (PEP 810) binds its name like an import: the call is still time.sleep.
import asyncio


async def main():
    await asyncio.sleep(1)  # error: AW101 unsafe
    await asyncio.sleep(1)  # error: AW101 unsafe


def lazy():
    return lazy
