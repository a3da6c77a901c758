import asyncio
from asyncio import TaskGroup


async def fetch_all(urls, fetch, log):
    try:
        async with asyncio.TaskGroup() as tg:
            for url in urls:
                tg.create_task(fetch(url))
    except* ConnectionError:  # error: AW307 unsafe
        log.warning("a fetch failed")
    except* (ValueError, KeyError):  # error: AW307 unsafe
        log.warning("bad data")


async def named(jobs):
    try:
        async with TaskGroup() as tg:
            for job in jobs:
                tg.create_task(job())
    except asyncio.TimeoutError as error:  # error: AW307 withheld: names the error
        print(error)


async def returns(jobs):
    try:
        async with TaskGroup() as tg:
            for job in jobs:
                tg.create_task(job())
    except OSError:  # error: AW307 withheld: `return` is not allowed
        return False
    return True


async def mixed(jobs):
    try:
        async with TaskGroup() as tg:
            for job in jobs:
                tg.create_task(job())
    except ValueError:  # error: AW307 withheld: another handler
        pass
    except Exception:  # ok: catches the group
        pass


async def more_in_the_body(jobs, check):
    try:
        check()
        async with TaskGroup() as tg:
            tg.create_task(jobs())
    except ValueError:  # ok: check() may raise it on its own
        pass


async def cancelled(jobs):
    try:
        async with TaskGroup() as tg:
            tg.create_task(jobs())
    except asyncio.CancelledError:  # ok: the group lets the cancellation through
        raise
