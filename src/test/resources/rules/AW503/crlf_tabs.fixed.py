import asyncio


async def main():
	while True:
		try:
			await asyncio.sleep(0)
		except asyncio.CancelledError:  # error: AW503 unsafe
			print("x")
			raise
		try:
			await asyncio.sleep(0)
		except asyncio.CancelledError:
			raise
		except BaseException: print("y")  # error: AW503 unsafe
