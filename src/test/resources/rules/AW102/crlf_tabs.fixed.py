import asyncio

import requests


async def main(url):
	if url:
		return await asyncio.to_thread(requests.get,  # error: AW102 unsafe
			url,
		)
