import asyncio


class TracingLoop(asyncio.SelectorEventLoop):
    pass


async def main():
    return 1


if __name__ == "__main__":
    asyncio.set_event_loop(TracingLoop())
    loop = asyncio.get_event_loop()
    loop.run_until_complete(main())  # error: AW401 withheld: line 13 sets an event loop or policy of the module's own (`asyncio.set_event_loop()`), which `asyncio.run()` would not use
