import asyncio
import subprocess


async def main(cmd):
	if cmd:
		await asyncio.to_thread(subprocess.run, cmd)  # error: AW103 unsafe
