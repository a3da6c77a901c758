import asyncio

# runnable


async def square(n):
    await asyncio.sleep(0)
    return n * n


async def main():
    tasks = [asyncio.create_task(square(n)) for n in range(4)]  # error: AW304 safe
    print([await task for task in tasks])
    print(type(asyncio.create_task(square(5))).__name__)  # error: AW304 safe


if __name__ == "__main__":
    asyncio.run(main())
