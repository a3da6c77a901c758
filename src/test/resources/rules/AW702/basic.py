import asyncio
import asyncio as aio
from asyncio import sleep as pause


class Worker:
    ready = False

    async def wait_ready(self):
        while not self.ready:  # error: AW702
            await asyncio.sleep(0.1)

    async def one_line(self):
        while not self.ready: await aio.sleep(0)  # error: AW702

    async def breaks(self, queue):
        while True:  # error: AW702
            if queue.empty():
                break
            await pause(0.5)

    async def returns(self, flags):
        while True:  # error: AW702
            await asyncio.sleep(1)  # wait a second
            if flags.get("done"):
                return flags["done"]

    async def nested(self, jobs):
        for job in jobs:
            if job:
                while (  # error: AW702
                    not job.finished
                ):
                    await asyncio.sleep(0.01)
