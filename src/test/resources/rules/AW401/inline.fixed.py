import asyncio as aio


async def main(n):
    return n


def run(n):
    return aio.run(main(n))  # error: AW401 unsafe
