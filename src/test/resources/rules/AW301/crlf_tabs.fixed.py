import asyncio


async def work(n):
	await asyncio.sleep(0)
	return n


async def main():
	while True:
		async with asyncio.TaskGroup() as tg:
			a = tg.create_task(work(1))  # error: AW301 unsafe
			b = tg.create_task(work(
				2,
			))
			print("""two
	lines""")
		return b.result()
