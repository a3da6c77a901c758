import asyncio


async def main(loop):
	await asyncio.sleep(
		0,
	)
	await asyncio.shield(asyncio.sleep(0))  # error: AW603 unsafe
