import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return n


async def arithmetic():
    tasks = []
    for count in range(1, 64 + 1):
        tasks.append(fetch(count))
    await asyncio.gather(*tasks)  # ok: 64 items
    await asyncio.gather(*[fetch(n) for n in range(2 * 8)])  # ok


async def results_of_a_fixed_gather():
    responses = await asyncio.gather(fetch(1), fetch(2), fetch(3))
    await asyncio.gather(*(fetch(r) for r in responses))  # ok: three results
    spread = await asyncio.gather(*[fetch(n) for n in range(3)])
    await asyncio.gather(*(fetch(r) for r in spread))  # ok: three again


async def comprehension_over_a_literal():
    await asyncio.gather(*[fetch(n) for n in [x * 2 for x in (1, 2, 3)]])  # ok


async def a_local_function_given_constants():
    async def run(n):
        await asyncio.gather(*[fetch(i) for i in range(n)])  # ok: 200 at most

    await run(100)
    await run(200)
    count = 300
    await asyncio.gather(*[fetch(i) for i in range(count)])  # ok


async def a_local_function_given_input(sizes):
    async def run(n):
        await asyncio.gather(*[fetch(i) for i in range(n)])  # error: AW701 advice only

    await run(sizes[0])


async def a_parameter(n):
    await asyncio.gather(*[fetch(i) for i in range(n)])  # error: AW701 advice only


async def fetched(client):
    ids = await client.list_ids()
    await asyncio.gather(*[fetch(i) for i in ids])  # error: AW701 advice only
