"""`time` serves only the sleeps: the import asyncio needs takes its place."""
import time


async def retry(attempt):
    for _ in range(3):
        if attempt():
            return True
        time.sleep(0.1)  # error: AW101 unsafe
    time.sleep(1)  # error: AW101 unsafe
    return attempt()
