# target: py38
"""asyncio.to_thread needs 3.9: the finding says so and comes without a fix."""


async def main():
    return input()  # error: AW105 withheld: the fix needs Python 3.9 (the target is 3.8)
