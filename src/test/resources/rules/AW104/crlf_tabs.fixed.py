import asyncio
from pathlib import Path


async def main(p):
	if p:
		return await asyncio.to_thread(Path(p).read_text)  # error: AW104 unsafe
