# target: py38
"""asyncio.to_thread needs 3.9: the finding says so and comes without a fix."""
from pathlib import Path


async def main(p):
    return Path(p).read_text()  # error: AW104 withheld: the fix needs Python 3.9 (the target is 3.8)
