import asyncio as aio
from asyncio import wait_for as wf


async def job():
	await aio.sleep(0)
	return 1


async def main():
	if True:
		r = await wf(job(), 1)  # error: AW501 unsafe
		await aio.wait_for(fut=job(), timeout=0.5)  # error: AW501 unsafe
	return r
