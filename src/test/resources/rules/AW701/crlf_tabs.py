import asyncio


async def fetch(u):
	await asyncio.sleep(0)


async def main(urls):
	if urls:
		await asyncio.gather(*[fetch(u) for u in urls])  # error: AW701 advice only
