input = lambda prompt="": prompt  # noqa: E731 - a module-level name shadows the builtin


async def main():
    return input("x")  # ok: the module's own input


async def parameter(input):
    return input()  # ok: the parameter


async def local_import():
    from mylib import input as ask

    return ask()  # ok
