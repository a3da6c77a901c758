from pathlib import Path
import asyncio


async def main(p):
	if p:
		return await asyncio.to_thread(Path(p).read_text)  # error: AW104
