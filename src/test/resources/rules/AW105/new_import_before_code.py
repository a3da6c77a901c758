# A module without imports that starts with an assignment: one blank line after the new import.
PROMPT = "? "


async def main():
    return input(PROMPT)  # error: AW105 unsafe
