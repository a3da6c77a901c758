import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def main(us, pairs):
    results = await asyncio.gather(*[work(u) for u in us])  # error: AW302 unsafe
    doubled = await asyncio.gather(*(work(u * 2) for u in us if u))  # error: AW302 unsafe
    await asyncio.gather(*[work(u) for u in us])  # error: AW302 withheld: the results are thrown away, and the comprehension cannot become a `for` loop (its names are used elsewhere in the function, or it has more than one `for`, a clause over several lines or a comment)
    await asyncio.gather(*[work(a + b) for a, b in pairs if a if b])  # error: AW302 unsafe
    await asyncio.gather(  # error: AW302 unsafe
        *[
            work(item)
            for item in us
        ]
    )
    await asyncio.gather(*[work(x) for x in us for _ in range(2)])  # error: AW302 withheld: the results are thrown away, and the comprehension cannot become a `for` loop (its names are used elsewhere in the function, or it has more than one `for`, a clause over several lines or a comment)
    await asyncio.gather(*[work(u) for u in us])  # error: AW302 withheld: the results are thrown away, and the comprehension cannot become a `for` loop (its names are used elsewhere in the function, or it has more than one `for`, a clause over several lines or a comment)
    print(u)
    aligned = await asyncio.gather(*[work(a +  # error: AW302 unsafe
                                          1) for a in us])
    return await asyncio.gather(*[  # error: AW302 unsafe
        work(n)  # each
        for n in range(3)
    ])
