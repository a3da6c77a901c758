from asyncio import get_event_loop, get_running_loop


async def main():
    return get_event_loop()  # error: AW202 safe


async def other():
    from asyncio import get_event_loop as loop_of

    return loop_of()  # error: AW202 safe
