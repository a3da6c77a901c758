import asyncio
import subprocess
import trio


class Runner:
    def run(self, coro):
        return coro


async def main(runner: Runner, asyncio_like):
    runner.run(None)  # ok: a method of another object
    subprocess.run(["true"])  # ok: not asyncio.run (AW103's business)
    trio.run(main)  # ok: another library
    asyncio_like.run(None)  # ok: a parameter


async def shadowed(asyncio):
    asyncio.run(None)  # ok: the parameter shadows the module


async def local_run():
    def run(x):
        return x

    return run(1)  # ok: a local function
