import asyncio

# runnable


async def work(n, done):
    await asyncio.sleep(0)
    done.append(n)


async def main():
    done = []
    asyncio.create_task(work(1, done))  # error: AW303 unsafe
    asyncio.ensure_future(work(2, done))  # error: AW303 unsafe
    for n in range(3, 5):
        asyncio.get_running_loop().create_task(work(n, done))  # error: AW303 unsafe
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(sorted(done))


if __name__ == "__main__":
    asyncio.run(main())
