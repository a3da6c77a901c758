import asyncio
import asyncio as aio
import asyncio.exceptions
from asyncio import exceptions as exc


async def main(aw):
    try:
        await asyncio.wait_for(aw, 1)
    except asyncio.TimeoutError:  # error: AW502
        pass
    except (aio.TimeoutError, ValueError) as error:  # error: AW502
        raise asyncio.exceptions.TimeoutError("again") from error  # error: AW502


def classify(error):
    if isinstance(error, (exc.TimeoutError, OSError)):  # error: AW502
        return asyncio.TimeoutError.__name__  # error: AW502
    return [
        asyncio.TimeoutError,  # error: AW502
        aio.  TimeoutError,  # error: AW502
    ]


asyncio.CancelledError  # ok: another exception
