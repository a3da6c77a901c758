import aiohttp


class Api:
	async def get(self, url):
		if url:
			session = aiohttp.ClientSession()  # error: AW801 unsafe
			# fetch it
			response = await session.get(
				url,
			)

			data = await response.read()
			await session.close()
			return data
