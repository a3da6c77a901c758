import asyncio

# runnable


async def main():
    for timeout in (0.001, 1):
        try:
            await asyncio.wait_for(asyncio.sleep(0.1), timeout)
            print("finished")
        except TimeoutError:  # error: AW502 safe
            print("timed out")
    try:
        raise TimeoutError("explicit")  # error: AW502 unsafe
    except TimeoutError as error:  # error: AW502 unsafe
        print("caught", error, isinstance(error, (TimeoutError, KeyError)))  # error: AW502 unsafe


if __name__ == "__main__":
    asyncio.run(main())
