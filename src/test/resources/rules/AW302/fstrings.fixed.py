# runnable
import asyncio


async def work(*parts):
    await asyncio.sleep(0)
    return parts


async def main(n):
    async with asyncio.TaskGroup() as tg:
        work_task1 = tg.create_task(work(1,  # error: AW302 unsafe
                                     f"""{n
=}"""))
        work_task2 = tg.create_task(work(2))
    x, y = work_task1.result(), work_task2.result()
    print(x, y)
    async with asyncio.TaskGroup() as tg:
        work_task1 = tg.create_task(work(f"""  # error: AW302 unsafe
{n}  """))
        work_task2 = tg.create_task(work(3))
    z = [work_task1.result(), work_task2.result()]
    print(z)


asyncio.run(main(3))
