# runnable
import asyncio


async def fetch(payload):
    await asyncio.sleep(0)
    return payload


async def load():
    async with asyncio.TaskGroup() as tg:
        fetch_task1 = tg.create_task(fetch({"a": 0,  # error: AW302 unsafe
        "k": 1,
        }))
        fetch_task2 = tg.create_task(fetch(2))
    first_result_with_a_long_name, second = fetch_task1.result(), fetch_task2.result()
    if first_result_with_a_long_name:
        async with asyncio.TaskGroup() as tg:
            fetch_task1 = tg.create_task(fetch([0,  # error: AW302 unsafe
            1]))
            fetch_task2 = tg.create_task(fetch(2))
        some_results_with_long_names = [fetch_task1.result(), fetch_task2.result()]
    print(first_result_with_a_long_name, second, some_results_with_long_names)


asyncio.run(load())
