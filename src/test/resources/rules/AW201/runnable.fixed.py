import asyncio
import contextvars

# runnable

request = contextvars.ContextVar("request", default="-")


def describe(n, *, scale=1):
    return n * scale


async def main():
    first = await asyncio.to_thread(describe, 2)  # error: AW201 unsafe
    second = await asyncio.to_thread(describe, 3, scale=10)  # error: AW201 unsafe
    print(first, second)


if __name__ == "__main__":
    asyncio.run(main())
