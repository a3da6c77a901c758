import asyncio
import asyncio as aio
from asyncio import sleep as pause

DONE = False


def finish():
    global DONE
    DONE = True


class Worker:
    ready = False

    def __init__(self):
        self.stopped = False
        self.count: int = 0

    def stop(self):
        self.stopped = True
        self.count += 1

    async def wait_ready(self):
        while not self.ready:  # error: AW702 advice only
            await asyncio.sleep(0.1)

    async def one_line(self):
        while not self.ready: await aio.sleep(0)  # error: AW702 advice only

    async def breaks(self):
        while True:  # error: AW702 advice only
            if self.stopped:
                break
            await pause(0.5)

    async def returns(self):
        while True:  # error: AW702 advice only
            await asyncio.sleep(1)  # wait a second
            if DONE:
                return self.count

    async def counted(self):
        while self.count < 3:  # error: AW702 advice only
            await asyncio.sleep(0.01)

    async def nested(self, jobs):
        done = False

        def callback():
            nonlocal done
            done = True

        for job in jobs:
            job.add_done_callback(callback)
            if job:
                while (  # error: AW702 advice only
                    not done
                ):
                    await asyncio.sleep(0.01)


class Bunch:
    def __init__(self, n):
        self.may_exit = False

        async def task():
            while not self.may_exit:  # error: AW702 advice only
                await asyncio.sleep(0.01)

        self.tasks = [asyncio.ensure_future(task()) for _ in range(n)]

    def finish(self):
        self.may_exit = True
