import asyncio


class Policy(asyncio.DefaultEventLoopPolicy):
    pass


async def main():
    return 1


def run():
    asyncio.set_event_loop_policy(Policy())
    loop = asyncio.new_event_loop()
    loop.run_until_complete(main())  # error: AW401
    loop.close()
