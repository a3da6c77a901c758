import asyncio as aio


async def main(n):
    return n


def run(n):
    return aio.new_event_loop().run_until_complete(main(n))  # error: AW401 unsafe
