# A module without imports that starts with an assignment: one blank line after the new import.
import asyncio

PROMPT = "? "


async def main():
    return await asyncio.to_thread(input, PROMPT)  # error: AW105 unsafe
