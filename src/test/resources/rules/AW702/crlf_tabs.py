import asyncio


async def main(flag):
	if flag:
		while not flag.done:  # error: AW702
			await asyncio.sleep(0.1)
