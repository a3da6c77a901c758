# runnable
import asyncio


async def fetch(payload):
    await asyncio.sleep(0)
    return payload


async def load():
    first_result_with_a_long_name, second = await asyncio.gather(fetch({"a": 0,  # error: AW302 unsafe
        "k": 1,
    }), fetch(2))
    if first_result_with_a_long_name:
        some_results_with_long_names = await asyncio.gather(fetch([0,  # error: AW302 unsafe
                  1]),
                                                            fetch(2))
    print(first_result_with_a_long_name, second, some_results_with_long_names)


asyncio.run(load())
