from asyncio import get_event_loop, get_running_loop


async def main():
    return get_running_loop()  # error: AW202 safe


async def other():
    from asyncio import get_event_loop as loop_of

    return get_running_loop()  # error: AW202 safe
