import asyncio
import contextvars
import functools

# runnable

request = contextvars.ContextVar("request", default="-")


def describe(n, *, scale=1):
    return n * scale


async def main():
    loop = asyncio.get_running_loop()
    first = await asyncio.to_thread(describe, 2)  # error: AW201
    second = await asyncio.to_thread(describe, 3, scale=10)  # error: AW201
    print(first, second)


if __name__ == "__main__":
    asyncio.run(main())
