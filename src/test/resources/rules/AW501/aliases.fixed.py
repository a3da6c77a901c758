import asyncio as aio
from asyncio import wait_for as wf


async def job():
	await aio.sleep(0)
	return 1


async def main():
	if True:
		async with aio.timeout(1):
			r = await job()  # error: AW501 unsafe
		async with aio.timeout(0.5):
			await job()  # error: AW501 unsafe
	return r
