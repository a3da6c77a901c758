import asyncio
import asyncio as aio
import asyncio.exceptions
from asyncio import exceptions as exc


async def main(aw):
    try:
        await asyncio.wait_for(aw, 1)
    except asyncio.TimeoutError:  # error: AW502 safe
        pass
    except (aio.TimeoutError, ValueError) as error:  # error: AW502 safe
        raise asyncio.exceptions.TimeoutError("again") from error  # error: AW502 safe


def classify(error):
    if isinstance(error, (exc.TimeoutError, OSError)):  # error: AW502 unsafe
        return asyncio.TimeoutError.__name__  # error: AW502 safe
    return [
        asyncio.TimeoutError,  # error: AW502 safe
        aio.  TimeoutError,  # error: AW502 safe
    ]


asyncio.CancelledError  # ok: another exception
