"""asyncio goes with the standard library's imports, in order, not after the last import."""
import json
import time

import requests

from . import util


async def main():
    time.sleep(1)  # error: AW101 unsafe
    print(time.time(), json, requests, util)
