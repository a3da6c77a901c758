import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def main(us, pairs):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(u)) for u in us]
    results = [t.result() for t in tasks]  # error: AW302 unsafe
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(u * 2)) for u in us if u]
    doubled = [t.result() for t in tasks]  # error: AW302 unsafe
    await asyncio.gather(*[work(u) for u in us])  # error: AW302 withheld: the results are thrown away, and the comprehension cannot become a `for` loop (its names are used elsewhere in the function, or it has more than one `for`, a clause over several lines or a comment)
    async with asyncio.TaskGroup() as tg:
        for a, b in pairs:
            if a:
                if b:
                    tg.create_task(work(a + b))  # error: AW302 unsafe
    async with asyncio.TaskGroup() as tg:  # error: AW302 unsafe
        for item in us:
            tg.create_task(work(item))
    await asyncio.gather(*[work(x) for x in us for _ in range(2)])  # error: AW302 withheld: the results are thrown away, and the comprehension cannot become a `for` loop (its names are used elsewhere in the function, or it has more than one `for`, a clause over several lines or a comment)
    await asyncio.gather(*[work(u) for u in us])  # error: AW302 withheld: the results are thrown away, and the comprehension cannot become a `for` loop (its names are used elsewhere in the function, or it has more than one `for`, a clause over several lines or a comment)
    print(u)
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(a +  # error: AW302 unsafe
                                     1)) for a in us]
    aligned = [t.result() for t in tasks]
    async with asyncio.TaskGroup() as tg:
        tasks = [  # error: AW302 unsafe
            tg.create_task(work(n))  # each
            for n in range(3)
        ]
    return [t.result() for t in tasks]
