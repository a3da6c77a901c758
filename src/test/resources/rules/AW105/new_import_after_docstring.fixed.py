"""A docstring that code follows at once: the new import stands apart from the code."""
import asyncio


async def main():
    return await asyncio.to_thread(input, "? ")  # error: AW105 unsafe
