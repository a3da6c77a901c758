from asyncio import new_event_loop


async def main():
    return 1


def run():
    loop = new_event_loop()
    loop.run_until_complete(main())  # error: AW401 withheld: `new_event_loop` is imported by name
    loop.close()
