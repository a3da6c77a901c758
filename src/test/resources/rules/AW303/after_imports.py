import asyncio
asyncio.ensure_future(asyncio.sleep(0))  # error: AW303 unsafe