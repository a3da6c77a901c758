import asyncio


async def main(loop):
	await asyncio.sleep(
		0,
		loop=loop,  # error: AW603 unsafe
	)
	await asyncio.shield(asyncio.sleep(0), loop=loop)  # error: AW603 unsafe
