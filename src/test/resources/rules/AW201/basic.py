import asyncio
import functools
from functools import partial


def load(path, mode="r"):
    return f"{path}:{mode}"


async def main(path):
    loop = asyncio.get_running_loop()
    a = await loop.run_in_executor(None, load, path)  # error: AW201 unsafe
    b = await loop.run_in_executor(None, functools.partial(load, path, mode="rb"))  # error: AW201 unsafe
    c = await asyncio.get_running_loop().run_in_executor(None, partial(load, path))  # error: AW201 unsafe
    d = await loop.run_in_executor(  # error: AW201 unsafe
        None,
        load,  # the function
        path,
    )
    future = loop.run_in_executor(None, load, path)  # error: AW201 unsafe
    return a, b, c, d, await future
