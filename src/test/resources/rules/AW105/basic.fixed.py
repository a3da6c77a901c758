import asyncio


async def main():
    name = await asyncio.to_thread(input, "Name? ")  # error: AW105 unsafe
    await asyncio.to_thread(input)  # error: AW105 unsafe
    answer = (await asyncio.to_thread(input, "? ")).strip().lower()  # error: AW105 unsafe
    await asyncio.to_thread(input)  # error: AW105 unsafe
    values = [await asyncio.to_thread(input) for _ in range(2)]  # error: AW105 unsafe
    total = sum(int(input()) for _ in range(2))  # error: AW105 advice only
    return name, answer, values, total


def sync():
    return input()  # ok: a plain function may block


async def nested():
    def helper():
        return input()  # ok: the innermost function is not async

    return helper, lambda: input()  # ok: nor is a lambda
