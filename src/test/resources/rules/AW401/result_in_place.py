"""The run's result is read in place: `asyncio.run()` would have to take the whole expression."""
import asyncio


async def main():
    return [1, 2]


loop = asyncio.new_event_loop()
first = loop.run_until_complete(main())[0]  # error: AW401 withheld: the result of `run_until_complete()` is used in place
loop.close()
