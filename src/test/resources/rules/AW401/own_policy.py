import asyncio


class Policy(asyncio.DefaultEventLoopPolicy):
    pass


async def main():
    return 1


def run():
    asyncio.set_event_loop_policy(Policy())
    loop = asyncio.new_event_loop()
    loop.run_until_complete(main())  # error: AW401 withheld: line 13 sets an event loop or policy of the module's own (`asyncio.set_event_loop_policy()`), which `asyncio.run()` would not use
    loop.close()
