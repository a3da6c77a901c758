import asyncio


class Reader:
	# error: AW602 unsafe
	async def read(self, stream):
		if stream:
			data = await stream.read(
				100,
			)
			return data


# error: AW602 unsafe
async def last(stream):
	await stream.close()