import asyncio

# runnable


def work(n):
    return n * 2


async def main():
    a = await asyncio.wait_for(asyncio.to_thread(work, 1), timeout=5)  # error: AW201 unsafe
    b, c = await asyncio.gather(
        asyncio.to_thread(work, 2),  # error: AW201 unsafe
        asyncio.to_thread(work, 3),  # error: AW201 unsafe
    )
    d = await asyncio.shield(asyncio.to_thread(work, 4))  # error: AW201 unsafe
    pending = asyncio.wait_for(asyncio.create_task(asyncio.to_thread(work, 5)), 5)  # error: AW201 unsafe
    print(a, b, c, d, await pending)


if __name__ == "__main__":
    asyncio.run(main())
