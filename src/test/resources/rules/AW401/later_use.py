import asyncio


async def main():
    return 1


def first():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(main())  # error: AW401 withheld: `get_event_loop()` on line 15 expects the thread's event loop, which `asyncio.run()` leaves unset when it ends


def later():
    return asyncio.get_event_loop().is_closed()
