"""The sleeps were the only uses of one module of an import, or one name of a from-import."""
import asyncio
import os, time
from time import monotonic, sleep


async def wait_for_file(path):
    started = monotonic()
    while not os.path.exists(path):
        time.sleep(0.1)  # error: AW101 unsafe
        sleep(0.1)  # error: AW101 unsafe
    return monotonic() - started
