import asyncio


async def main():
	if True:
		loop = asyncio.get_event_loop()  # error: AW202 safe
		return loop
