"""Waiting for awaitables made before to settle: what fails is the business of whoever made them."""
import asyncio


class Pool:
    def __init__(self):
        self._tasks = set()
        self._conns = []

    async def drain(self, extra):
        await asyncio.gather(*self._tasks, return_exceptions=True)  # ok: already running
        await asyncio.gather(*extra, self._tasks_done, return_exceptions=True)  # ok
        await asyncio.gather(*[t for t in self._tasks], return_exceptions=True)  # ok

    async def reset(self):
        await asyncio.gather(  # ok: best-effort closing
            *(c.close() for c in self._conns),
            *[c._wait_closed() for c in self._conns],
            return_exceptions=True,
        )
        await asyncio.gather(self._primary.aclose(), return_exceptions=True)  # ok


async def refresh(caches, make_tasks):
    await asyncio.gather(*make_tasks(), return_exceptions=True)  # error: AW305 advice only
    await asyncio.gather(  # error: AW305 advice only
        *(c.refresh() for c in caches), *(c.close() for c in caches), return_exceptions=True
    )
