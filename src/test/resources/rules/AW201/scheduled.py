import asyncio

# runnable


def work(n):
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    a = await asyncio.wait_for(loop.run_in_executor(None, work, 1), timeout=5)  # error: AW201 unsafe
    b, c = await asyncio.gather(
        loop.run_in_executor(None, work, 2),  # error: AW201 unsafe
        loop.run_in_executor(None, work, 3),  # error: AW201 unsafe
    )
    d = await asyncio.shield(loop.run_in_executor(None, work, 4))  # error: AW201 unsafe
    pending = asyncio.wait_for(loop.run_in_executor(None, work, 5), 5)  # error: AW201 unsafe
    print(a, b, c, d, await pending)


if __name__ == "__main__":
    asyncio.run(main())
