import asyncio
import os


async def launch(path, args, mode):
    pid = await asyncio.to_thread(os.spawnv, os.P_NOWAIT, path, args)  # error: AW103 unsafe
    other = await asyncio.to_thread(os.posix_spawn, path, args, os.environ)  # error: AW103 unsafe
    unknown = await asyncio.to_thread(os.spawnv, mode, path, args)  # error: AW103 unsafe
    return pid, other, unknown


def sync_launch(path, args):
    return os.posix_spawnp(path, args, os.environ)  # ok: not in a coroutine
