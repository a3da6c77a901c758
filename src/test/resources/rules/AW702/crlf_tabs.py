import asyncio

ready = False


async def main(flag):
	if flag:
		while not ready:  # error: AW702 advice only
			await asyncio.sleep(0.1)
