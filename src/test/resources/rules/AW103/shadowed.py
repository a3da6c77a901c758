import os
import subprocess


async def parameter(subprocess, cmd):
    subprocess.run(cmd)  # ok: the parameter shadows the module


async def local_def(cmd):
    def system(command):
        return command

    system(cmd)  # ok: not os.system


async def local_import(cmd):
    from mylib import run

    run(cmd)  # ok: mylib's run


def os_run(cmd):
    return cmd


async def methods(runner, cmd):
    runner.run(cmd)  # ok: some object's method
    os_run(cmd)  # ok
    asyncio_proc = await create(cmd)
    return asyncio_proc


async def create(cmd):
    return cmd
