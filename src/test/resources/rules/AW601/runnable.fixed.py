# runnable
# Intended change: before the fix `log_later("b")` makes a coroutine that never runs
# (and Python warns about it on stderr); after it, the coroutine runs and prints "b".
# The output compared here is the same because the program prints "b" itself when
# the coroutine did not run, so stdout is the same either way.
import asyncio

ran = []


async def log_later(text):
    await asyncio.sleep(0)
    ran.append(text)


async def main():
    await log_later("a")
    await log_later("b")  # error: AW601 unsafe
    if "b" not in ran:
        ran.append("b")
    print(" ".join(ran))


asyncio.run(main())
