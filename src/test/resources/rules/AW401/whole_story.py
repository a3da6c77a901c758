import asyncio

# runnable


async def main():
    await asyncio.sleep(0)
    return 42


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    result = loop.run_until_complete(main())  # error: AW401 unsafe
    loop.close()
    print(result)
