# target: py38
"""asyncio.to_thread needs 3.9: the finding says so and comes without a fix."""


async def main():
    return input()  # error: AW105
