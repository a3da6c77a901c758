import aiohttp


class Api:
	async def get(self, url):
		if url:
			async with aiohttp.ClientSession() as session:  # error: AW801 unsafe
				# fetch it
				response = await session.get(
					url,
				)

				data = await response.read()
			return data
