import asyncio
import contextvars
import functools

# runnable

request = contextvars.ContextVar("request", default="-")


def describe(n, *, scale=1):
    return n * scale


async def main():
    loop = asyncio.get_running_loop()
    first = await loop.run_in_executor(None, describe, 2)  # error: AW201 unsafe
    second = await loop.run_in_executor(None, functools.partial(describe, 3, scale=10))  # error: AW201 unsafe
    print(first, second)


if __name__ == "__main__":
    asyncio.run(main())
