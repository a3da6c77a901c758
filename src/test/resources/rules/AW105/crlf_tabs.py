async def main():
	if True:
		return input("? ")  # error: AW105 unsafe
