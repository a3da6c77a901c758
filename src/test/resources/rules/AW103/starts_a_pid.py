import os


async def launch(path, args, mode):
    pid = os.spawnv(os.P_NOWAIT, path, args)  # error: AW103 unsafe
    other = os.posix_spawn(path, args, os.environ)  # error: AW103 unsafe
    unknown = os.spawnv(mode, path, args)  # error: AW103 unsafe
    return pid, other, unknown


def sync_launch(path, args):
    return os.posix_spawnp(path, args, os.environ)  # ok: not in a coroutine
