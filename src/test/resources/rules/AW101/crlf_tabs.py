import time


async def main():
	if True:
		time.sleep(0)  # error: AW101 unsafe
