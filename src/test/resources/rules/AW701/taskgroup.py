import asyncio
import asyncio as aio
from asyncio import TaskGroup
from asyncio import TaskGroup as Group


async def fetch(url):
    await asyncio.sleep(0)
    return url


async def comprehension(urls):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(u)) for u in urls]  # error: AW701 advice only
    return [t.result() for t in tasks]


async def other_forms(urls, pages):
    async with asyncio.TaskGroup() as tg:
        listed = list(tg.create_task(fetch(u)) for u in urls)  # error: AW701 advice only
        unique = {tg.create_task(fetch(p)) for p in pages}  # error: AW701 advice only
        by_url = {u: tg.create_task(fetch(u)) for u in urls.keys()}  # error: AW701 advice only
        lazy = (tg.create_task(fetch(u)) for u in urls[1:])  # error: AW701 advice only
    return listed, unique, by_url, lazy


async def loop(urls):
    async with asyncio.TaskGroup() as tg:
        for u in urls:
            tg.create_task(fetch(u))  # error: AW701 advice only


async def loop_keeps_tasks(urls):
    tasks = []
    async with asyncio.TaskGroup() as tg:
        for u in urls:
            if u:
                # one each
                tasks.append(
                    tg.create_task(  # error: AW701 advice only
                        fetch(u),  # the URL
                        name=u,
                    )
                )
            tg.create_task(fetch("log"))  # same loop: reported once
    return tasks


async def async_for(stream):
    async with asyncio.TaskGroup() as tg:
        async for item in stream:
            tg.create_task(fetch(item))  # error: AW701 advice only


async def nested_loops(hosts):
    async with asyncio.TaskGroup() as tg:
        for host in hosts:
            for port in (80, 443):
                tg.create_task(fetch((host, port)))  # error: AW701 advice only


async def module_alias(urls):
    async with aio.TaskGroup() as group:
        [group.create_task(fetch(u)) for u in urls]  # error: AW701 advice only


async def from_import(urls):
    async with TaskGroup() as tg:
        for u in urls:
            tg.create_task(fetch(u))  # error: AW701 advice only


async def from_import_renamed(urls):
    async with Group() as g:
        tasks = [g.create_task(fetch(u)) for u in urls]  # error: AW701 advice only
    return tasks


async def several_items(urls, lock):
    async with lock, asyncio.TaskGroup() as tg:
        for u in urls:
            tg.create_task(fetch(u))  # error: AW701 advice only


async def parenthesized_items(urls, session):
    async with (
        session as s,
        asyncio.TaskGroup() as tg,
    ):
        tasks = [tg.create_task(fetch(s, u)) for u in urls]  # error: AW701 advice only
    return tasks


async def outer_group(urls):
    async with asyncio.TaskGroup() as outer:
        async with asyncio.TaskGroup() as inner:
            inner.create_task(fetch("one"))
            for u in urls:
                outer.create_task(fetch(u))  # error: AW701 advice only


async def big_range():
    async with asyncio.TaskGroup() as tg:
        for n in range(100_000):
            tg.create_task(fetch(n))  # error: AW701 advice only


async def parameter_reassigned(hosts):
    if not hosts:
        hosts = ["localhost"]
    async with asyncio.TaskGroup() as tg:
        for h in hosts:
            tg.create_task(fetch(h))  # error: AW701 advice only
