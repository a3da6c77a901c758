# runnable
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def report(n):
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work(1))  # error: AW301 unsafe
        b = tg.create_task(work(2))
        msg = f"""head
{n}
  tail"""
        tail = f"""{n}
"""
        nested = f"""{f'''x
{n}
'''}
{n!r:>{n}}
"""
        plain = f"{n}" + """
{n}"""
    x = a.result()
    y = b.result()
    return msg, tail, nested, plain, x, y


print(asyncio.run(report(3)))
