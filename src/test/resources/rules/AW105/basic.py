import asyncio


async def main():
    name = input("Name? ")  # error: AW105 unsafe
    input()  # error: AW105 unsafe
    answer = input("? ").strip().lower()  # error: AW105 unsafe
    await input()  # error: AW105 unsafe
    values = [input() for _ in range(2)]  # error: AW105 unsafe
    total = sum(int(input()) for _ in range(2))  # error: AW105 advice only
    return name, answer, values, total


def sync():
    return input()  # ok: a plain function may block


async def nested():
    def helper():
        return input()  # ok: the innermost function is not async

    return helper, lambda: input()  # ok: nor is a lambda
