import asyncio


async def work():
	await asyncio.sleep(0)


async def main():
	if True:
		asyncio.create_task(work())  # error: AW303 unsafe
	return 1
