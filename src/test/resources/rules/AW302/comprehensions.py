import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def main(us, pairs):
    results = await asyncio.gather(*[work(u) for u in us])  # error: AW302
    doubled = await asyncio.gather(*(work(u * 2) for u in us if u))  # error: AW302
    await asyncio.gather(*[work(u) for u in us])  # error: AW302
    await asyncio.gather(*[work(a + b) for a, b in pairs if a if b])  # error: AW302
    await asyncio.gather(  # error: AW302
        *[
            work(item)
            for item in us
        ]
    )
    await asyncio.gather(*[work(x) for x in us for _ in range(2)])  # error: AW302
    await asyncio.gather(*[work(u) for u in us])  # error: AW302
    print(u)
    aligned = await asyncio.gather(*[work(a +  # error: AW302
                                          1) for a in us])
    return await asyncio.gather(*[  # error: AW302
        work(n)  # each
        for n in range(3)
    ])
