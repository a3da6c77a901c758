import asyncio


async def main():
	if True:
		return await asyncio.to_thread(input, "? ")  # error: AW105 unsafe
