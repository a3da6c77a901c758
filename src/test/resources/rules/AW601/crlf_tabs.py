import asyncio


async def tick():
	await asyncio.sleep(0)


async def main():
	for _ in range(2):
		tick()  # error: AW601 unsafe
