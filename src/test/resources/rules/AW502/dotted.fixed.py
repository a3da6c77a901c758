import asyncio
import asyncio.exceptions


async def main(aw):
    try:
        await asyncio.wait_for(aw, 1)
    except TimeoutError:  # error: AW502 safe
        pass
    except (TimeoutError, ValueError) as error:  # error: AW502 safe
        raise TimeoutError("again") from error  # error: AW502 safe


def classify(error):
    if isinstance(error, (TimeoutError, OSError)):  # error: AW502 unsafe
        return TimeoutError.__name__  # error: AW502 safe
    return [
        TimeoutError,  # error: AW502 safe
        TimeoutError,  # error: AW502 safe
    ]


asyncio.CancelledError  # ok: another exception
