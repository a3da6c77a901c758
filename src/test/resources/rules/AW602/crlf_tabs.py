import asyncio


class Reader:
	@asyncio.coroutine  # error: AW602 unsafe
	def read(self, stream):
		if stream:
			data = yield from stream.read(
				100,
			)
			return data


@asyncio.coroutine  # error: AW602 unsafe
def last(stream):
	yield from stream.close()