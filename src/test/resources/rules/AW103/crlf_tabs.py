import subprocess


async def main(cmd):
	if cmd:
		subprocess.run(cmd)  # error: AW103 unsafe
