"""The references were all the module did with asyncio: the last fix takes the import."""
import logging


class ServerTimeoutError(TimeoutError):  # error: AW502 safe
    pass


def is_timeout(error):
    logging.debug("checking %r", error)
    return isinstance(error, TimeoutError)  # error: AW502 safe
