import asyncio
loop = asyncio.new_event_loop()
loop.create_task(asyncio.sleep(0))  # error: AW303 unsafe
loop.run_until_complete(asyncio.sleep(0))
loop.close()
