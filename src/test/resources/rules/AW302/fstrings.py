# runnable
import asyncio


async def work(*parts):
    await asyncio.sleep(0)
    return parts


async def main(n):
    x, y = await asyncio.gather(work(1,  # error: AW302 unsafe
                                     f"""{n
=}"""),
                                work(2))
    print(x, y)
    z = await asyncio.gather(work(f"""  # error: AW302 unsafe
{n}  """), work(3))
    print(z)


asyncio.run(main(3))
