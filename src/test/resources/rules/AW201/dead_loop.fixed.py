import asyncio

# runnable

pool = None


def work(*numbers):
    return sum(numbers)


async def sole_use():
    return await asyncio.to_thread(work, 1)  # error: AW201 unsafe


async def two_uses():
    first = await asyncio.to_thread(work, 2)  # error: AW201 unsafe
    numbers = (3, 4)
    second = await asyncio.to_thread(work, *numbers)  # error: AW201 unsafe
    return first + second


async def loop_used_otherwise():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result(await asyncio.to_thread(work, 5))  # error: AW201 unsafe
    return await done


async def custom_executor_too():
    loop = asyncio.get_running_loop()
    a = await loop.run_in_executor(pool, work, 6)
    b = await asyncio.to_thread(work, 7)  # error: AW201 unsafe
    return a + b


async def nested_use():
    loop = asyncio.get_running_loop()

    def later():
        return loop.time() >= 0

    result = await asyncio.to_thread(work, 8)  # error: AW201 unsafe
    return result, later()


async def keyword_of_that_name():
    value = await asyncio.to_thread(work, 9)  # error: AW201 unsafe
    return dict(loop=value)


async def main():
    print(await sole_use(), await two_uses(), await loop_used_otherwise())
    print(await custom_executor_too(), await nested_use(), await keyword_of_that_name())


if __name__ == "__main__":
    asyncio.run(main())
