# target: py315
# A lazy import (PEP 810) binds its name like an import: the call is still time.sleep.
lazy import time
lazy from time import sleep as pause


async def main():
    time.sleep(1)  # error: AW101 unsafe
    pause(1)  # error: AW101 unsafe


def lazy():
    return lazy
