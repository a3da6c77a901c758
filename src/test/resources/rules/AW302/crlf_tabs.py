import asyncio


async def work(n):
	await asyncio.sleep(0)
	return n


async def main():
	if True:
		x, y = await asyncio.gather(  # error: AW302 unsafe
			work(1),
			work(
				2,
			),
		)
	return x, y
