# target: py38
"""asyncio.to_thread needs 3.9: the finding says so and comes without a fix."""
import os


async def main():
    os.system("true")  # error: AW103 withheld: the fix needs Python 3.9 (the target is 3.8)
