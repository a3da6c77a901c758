import asyncio


async def main():
    return 1


def other_uses():
    loop = asyncio.new_event_loop()
    loop.set_debug(True)
    loop.run_until_complete(main())  # error: AW401
    loop.close()


def close_in_finally():
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main())  # error: AW401
    finally:
        loop.close()


def gathered():
    loop = asyncio.get_event_loop()
    loop.run_until_complete(asyncio.gather(main(), main()))  # error: AW401
