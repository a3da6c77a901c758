import asyncio
from asyncio import get_event_loop

# runnable


async def main():
    loop = asyncio.get_event_loop()  # error: AW202 safe
    other = get_event_loop()  # error: AW202 safe
    print(loop is asyncio.get_running_loop(), other is loop)
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))


if __name__ == "__main__":
    asyncio.run(main())
