import asyncio
from asyncio import wait_for


async def main(aw):
  while True:
     async with asyncio.timeout(1):
        x = await aw  # error: AW501 unsafe
     return x
