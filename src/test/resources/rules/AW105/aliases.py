"""builtins.input, an awkward layout, and the module's asyncio alias."""
import asyncio as aio
import builtins


async def main(prompt):
    first = builtins.input(prompt)  # error: AW105 unsafe
    second = input(  # error: AW105 unsafe
        prompt,  # shown to the user
        # and nothing else
    )
    return first, second
