# target: py38
"""asyncio.to_thread needs 3.9: the finding says so and comes without a fix."""
import requests


async def main(url):
    return requests.get(url)  # error: AW102 withheld: the fix needs Python 3.9 (the target is 3.8)
