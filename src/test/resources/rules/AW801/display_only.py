import asyncio

import aiohttp
import asyncpg


class Wrapper:
    def __init__(self, session):
        self.session = session


async def closed_in_another_block(url, flag):
    session = aiohttp.ClientSession()  # error: AW801 withheld: it is closed in another block than the one it is created in
    await session.get(url)
    if flag:
        await session.close()


async def used_after_close(url):
    session = aiohttp.ClientSession()  # error: AW801 withheld: it is used after it is closed
    await session.get(url)
    await session.close()
    print(session.closed)


async def returned_before_close(url, keep):
    session = aiohttp.ClientSession()  # error: AW801 withheld: it is returned or stored before the close
    if keep:
        return session
    await session.get(url)
    await session.close()


async def stored_then_closed(self):
    session = aiohttp.ClientSession()  # error: AW801 withheld: it is returned or stored before the close
    self.session = session
    await self.work()
    await session.close()


async def may_be_kept(url):
    session = aiohttp.ClientSession()  # error: AW801 withheld: it is passed to a call that is not awaited at once, or used by a nested function, which may keep it
    wrapper = Wrapper(session)
    await wrapper.session.get(url)
    await session.close()


async def task_keeps_it(url):
    session = aiohttp.ClientSession()  # error: AW801 withheld: it is passed to a call that is not awaited at once, or used by a nested function, which may keep it
    asyncio.get_running_loop().call_soon(print, session)
    await session.close()


async def captured(url):
    session = aiohttp.ClientSession()  # error: AW801 withheld: it is passed to a call that is not awaited at once, or used by a nested function, which may keep it

    async def get():
        return await session.get(url)

    await get()
    await session.close()


async def reassigned(url):
    session = aiohttp.ClientSession()  # error: AW801 withheld: the name `session` is assigned again before the close
    session = session or aiohttp.ClientSession()
    await session.close()


async def close_not_awaited(url):
    session = aiohttp.ClientSession()  # error: AW801 withheld: its close is not the awaited `close()`
    await session.get(url)
    session.close()


async def close_shares_its_line(url):
    session = aiohttp.ClientSession()  # error: AW801 withheld: its close shares its line with another statement
    await session.get(url)
    await session.close(); print("closed")


async def assignment_shares_its_line(url):
    session = aiohttp.ClientSession(); print("open")  # error: AW801 withheld: its assignment shares its line with another statement
    await session.get(url)
    await session.close()


async def one_line_suite(url, flag):
    if flag: session = aiohttp.ClientSession()  # error: AW801 withheld: it is assigned in a one-line suite
    await session.get(url)


async def no_async_with(dsn):
    connection = await asyncpg.connect(dsn)  # error: AW801 withheld: the library documents no `async with` form for it
    await connection.execute("SELECT 1")
    await connection.close()


async def never_closed_used_outside(url, flag):
    if flag:
        session = aiohttp.ClientSession()  # error: AW801 withheld: it is used outside the block it is created in
        await session.get(url)
    await session.get(url)


async def never_closed_in_a_loop(urls):
    session = None
    for url in urls:
        if session is not None:
            await session.get(url)
        session = aiohttp.ClientSession()  # error: AW801 withheld: it is read before the statement that creates it
        await session.get(url)


async def never_closed_nothing_after():
    session = aiohttp.ClientSession()  # error: AW801 withheld: nothing follows it in its block
