"""asyncio goes with the standard library's imports, in order, not after the last import."""
import asyncio
import json
import time

import requests

from . import util


async def main():
    await asyncio.sleep(1)  # error: AW101 unsafe
    print(time.time(), json, requests, util)
