from asyncio import sleep, wait_for


async def main(aw):
    try:
        await wait_for(aw, 1)
    except TimeoutError:  # error: AW502 unsafe
        await sleep(0)
    except TimeoutError:  # error: AW502 unsafe
        raise TimeoutError() from None  # error: AW502 unsafe
