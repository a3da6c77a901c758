import asyncio


async def work(n):
	await asyncio.sleep(0)
	return n


async def main():
	if True:
		async with asyncio.TaskGroup() as tg:  # error: AW302 unsafe
			work_task1 = tg.create_task(work(1))
			work_task2 = tg.create_task(work(
				2,
			))
		x, y = work_task1.result(), work_task2.result()
	return x, y
