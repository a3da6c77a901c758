import asyncio


async def work(n):
	await asyncio.sleep(0)
	return n


async def main():
	while True:
		a = asyncio.create_task(work(1))  # error: AW301 unsafe
		b = asyncio.create_task(work(
			2,
		))
		print("""two
	lines""")
		await a
		return await b
