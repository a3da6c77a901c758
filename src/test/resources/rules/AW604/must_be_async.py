import asyncio

import pytest


async def public_api(items):
    # callers in other modules await it: making it sync would break them
    return sum(items)


@pytest.fixture
async def fixture():
    return 1


@app.route("/")
async def _handler(request):
    return request


async def test_something():
    assert True


async def _callback(event):
    return event


async def _scheduled():
    return 1


async def _needs_the_loop():
    return asyncio.get_running_loop().time()


def register(app, scheduler, loop):
    app.add_handler(_callback)
    scheduler.spawn(_scheduled())
    return loop.run_until_complete(_needs_the_loop())


class Base:
    async def _hook(self):
        return None

    async def go(self):
        return await self._hook()


class Derived(Base):
    async def _hook(self):
        return 1


class Handler(SomeFrameworkHandler):
    async def _on_message(self, message):
        return message

    async def run(self, message):
        return await self._on_message(message)


async def outer(spawn):
    async def job():
        return 1

    async def mock_fetch(url):
        return url

    async def unused():
        return 2

    spawn(job())
    client = Client(fetch=mock_fetch)
    return await job(), client
