"""A docstring that code follows at once: the new import stands apart from the code."""
async def main():
    return input("? ")  # error: AW105 unsafe
