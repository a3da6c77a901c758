import asyncio
import asyncio.exceptions


async def main(aw):
    try:
        await asyncio.wait_for(aw, 1)
    except TimeoutError:  # error: AW502
        pass
    except (TimeoutError, ValueError) as error:  # error: AW502
        raise TimeoutError("again") from error  # error: AW502


def classify(error):
    if isinstance(error, (TimeoutError, OSError)):  # error: AW502
        return TimeoutError.__name__  # error: AW502
    return [
        TimeoutError,  # error: AW502
        TimeoutError,  # error: AW502
    ]


asyncio.CancelledError  # ok: another exception
