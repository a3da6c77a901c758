import asyncio

# runnable


async def greet(name):
    await asyncio.sleep(0)
    print("hello", name)


asyncio.run(greet("world"))  # error: AW401 unsafe
