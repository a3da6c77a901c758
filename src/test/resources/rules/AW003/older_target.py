# target: py310
async def table(reader, rows):
    return [[r async for r in reader] for _ in rows]  # error: AW003 advice only


async def flat(reader):
    return [r async for r in reader]  # ok: in the coroutine itself
