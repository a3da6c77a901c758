import asyncio

# runnable


async def greet(name):
    await asyncio.sleep(0)
    print("hello", name)


loop = asyncio.get_event_loop()
loop.run_until_complete(greet("world"))  # error: AW401 unsafe
