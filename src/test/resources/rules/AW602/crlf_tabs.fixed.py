import asyncio


class Reader:
	# error: AW602
	async def read(self, stream):
		if stream:
			data = await stream.read(
				100,
			)
			return data


# error: AW602
async def last(stream):
	await stream.close()