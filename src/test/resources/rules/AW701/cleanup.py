import asyncio


class Pool:
    def __init__(self):
        self._connections = []
        self._tasks = set()

    async def close(self):
        await asyncio.gather(*[c.close() for c in self._connections])  # ok: closing what it owns
        coros = (conn.shutdown(1.0) for conn in self._connections)
        await asyncio.gather(*coros)  # ok
        await asyncio.gather(*(task._cancel() for task in self._tasks))  # ok
        async with asyncio.TaskGroup() as tg:
            for conn in self._connections:
                tg.create_task(conn.wait_closed())  # ok


async def teardown(sessions, requests):
    await asyncio.gather(
        *(request._close() for request in requests),
        *(session.close() for session in sessions),
    )  # ok: nothing new starts


async def still_work(connections):
    await asyncio.gather(*[c.query("SELECT 1") for c in connections])  # error: AW701 advice only
