import asyncio


async def main():
	if True:
		loop = asyncio.get_running_loop()  # error: AW202 safe
		return loop
