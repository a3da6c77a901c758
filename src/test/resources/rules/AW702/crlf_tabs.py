import asyncio

ready = False


async def main(flag):
	if flag:
		while not ready:  # error: AW702 no fix
			await asyncio.sleep(0.1)
