from pathlib import Path


async def main(p):
	if p:
		return Path(p).read_text()  # error: AW104 unsafe
