import asyncio


async def main():
	if True:
		await asyncio.sleep(0)  # error: AW101 unsafe
