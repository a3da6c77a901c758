import asyncio


async def main():
    return 1


def twice():
    asyncio.get_event_loop().run_until_complete(main())  # error: AW401 withheld: the loop runs more than once (lines 9, 10)
    asyncio.get_event_loop().run_until_complete(main())


def in_a_loop():
    for _ in range(2):
        asyncio.get_event_loop().run_until_complete(main())  # error: AW401 withheld: the loop runs more than once (line 15, in a loop)
