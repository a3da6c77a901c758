"""`time` serves only the sleeps: the import asyncio needs takes its place."""
import asyncio


async def retry(attempt):
    for _ in range(3):
        if attempt():
            return True
        await asyncio.sleep(0.1)  # error: AW101 unsafe
    await asyncio.sleep(1)  # error: AW101 unsafe
    return attempt()
