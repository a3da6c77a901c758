import asyncio


def load(path, mode="r"):
    return f"{path}:{mode}"


async def main(path):
    a = await asyncio.to_thread(load, path)  # error: AW201 unsafe
    b = await asyncio.to_thread(load, path, mode="rb")  # error: AW201 unsafe
    c = await asyncio.to_thread(load, path)  # error: AW201 unsafe
    d = await asyncio.to_thread(  # error: AW201 unsafe
        load,  # the function
        path,
    )
    future = asyncio.create_task(asyncio.to_thread(load, path))  # error: AW201 unsafe
    return a, b, c, d, await future
