"""Reads its answers from a replaced sys.stdin: needs nobody at the keyboard."""
import asyncio
import io
import sys

# runnable


async def ask(prompt):
    return await asyncio.to_thread(input, prompt)  # error: AW105 unsafe


async def main():
    sys.stdin = io.StringIO("alice\nbob\n")
    first = await ask("first? ")
    second = (await asyncio.to_thread(input, "second? ")).upper()  # error: AW105 unsafe
    print()
    print(first, second)


if __name__ == "__main__":
    asyncio.run(main())
