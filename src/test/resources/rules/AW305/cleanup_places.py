"""Where a program cleans up, a gather that throws the failures away means to."""
import asyncio


class Scheduler:
    def __init__(self):
        self._jobs = []
        self._shields = []

    async def close(self):
        await asyncio.gather(  # ok: a cleanup method, whatever is gathered
            *(job.wait() for job in self._jobs),
            *(asyncio.wait_for(f, 1) for f in self._shields),
            return_exceptions=True,
        )

    async def __aexit__(self, *exc_info):
        await asyncio.gather(*(job.wait() for job in self._jobs), return_exceptions=True)  # ok


async def run(jobs, fetch):
    try:
        await asyncio.gather(*(fetch(j) for j in jobs), return_exceptions=True)  # error: AW305 advice only
    except OSError:
        await asyncio.gather(*(fetch(j) for j in jobs), return_exceptions=True)  # ok: handler
    finally:
        await asyncio.gather(*(j.flush() for j in jobs), return_exceptions=True)  # ok: finally

        async def _close_all(conns):
            await asyncio.gather(*(c.flush() for c in conns), return_exceptions=True)  # ok


async def crawl(urls, fetch):
    await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)  # error: AW305 advice only
