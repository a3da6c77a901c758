import asyncio

# runnable


async def main():
    await asyncio.sleep(0)
    return 42


if __name__ == "__main__":
    result = asyncio.run(main())  # error: AW401 unsafe
    print(result)
