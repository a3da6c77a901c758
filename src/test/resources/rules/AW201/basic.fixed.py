import asyncio


def load(path, mode="r"):
    return f"{path}:{mode}"


async def main(path):
    a = await asyncio.to_thread(load, path)  # error: AW201
    b = await asyncio.to_thread(load, path, mode="rb")  # error: AW201
    c = await asyncio.to_thread(load, path)  # error: AW201
    d = await asyncio.to_thread(  # error: AW201
        load,  # the function
        path,
    )
    future = asyncio.create_task(asyncio.to_thread(load, path))  # error: AW201
    return a, b, c, d, await future
