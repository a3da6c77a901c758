from asyncio import TimeoutError
from asyncio import sleep, TimeoutError as AsyncTimeout, wait_for


async def main(aw):
    try:
        await wait_for(aw, 1)
    except TimeoutError:  # error: AW502 unsafe
        await sleep(0)
    except AsyncTimeout:  # error: AW502 unsafe
        raise AsyncTimeout() from None  # error: AW502 unsafe
