from asyncio import wait_for


async def main(aw):
  while True:
     x = await wait_for(aw, 1)  # error: AW501 unsafe
     return x
