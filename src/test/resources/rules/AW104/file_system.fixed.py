import asyncio
import os.path
import shutil
from pathlib import Path


async def prepare(path, target):
    if not await asyncio.to_thread(os.path.exists, path):  # error: AW104 unsafe
        return None
    size = await asyncio.to_thread(os.path.getsize, path)  # error: AW104 unsafe
    await asyncio.to_thread(shutil.copy2, path, target)  # error: AW104 unsafe
    return size


async def tidy(root: Path):
    if await asyncio.to_thread(root.is_dir):  # error: AW104 unsafe
        await asyncio.to_thread(shutil.rmtree, root)  # error: AW104 unsafe
    marker = Path(root, "done")
    await asyncio.to_thread(marker.touch)  # error: AW104 unsafe
    return os.path.join(root, "done")  # ok: a string operation


def sync_prepare(path):
    return os.path.exists(path)  # ok: not in a coroutine
