import asyncio


async def main():
    name = input("Name? ")  # error: AW105
    input()  # error: AW105
    answer = input("? ").strip().lower()  # error: AW105
    await input()  # error: AW105
    values = [input() for _ in range(2)]  # error: AW105
    total = sum(int(input()) for _ in range(2))  # error: AW105
    return name, answer, values, total


def sync():
    return input()  # ok: a plain function may block


async def nested():
    def helper():
        return input()  # ok: the innermost function is not async

    return helper, lambda: input()  # ok: nor is a lambda
