import asyncio


async def main():
	if True:
		await asyncio.gather(asyncio.sleep(0), return_exceptions=True)  # error: AW305 advice only
