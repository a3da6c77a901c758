import asyncio


async def main():
    return 1


def first():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(main())  # error: AW401


def later():
    return asyncio.get_event_loop().is_closed()
