import requests


async def main(url):
	if url:
		return requests.get(  # error: AW102 unsafe
			url,
		)
