"""No standard-library import yet: asyncio comes first, a group of its own."""
import asyncio

import requests

from . import util


async def main():
    import time

    await asyncio.sleep(1)  # error: AW101 unsafe
    print(requests, util)
