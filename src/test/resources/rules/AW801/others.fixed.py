import aiosqlite
import anyio
import asyncssh
import psycopg
import websockets
from psycopg import AsyncConnection


async def sqlite(path):
    async with aiosqlite.connect(path) as db:  # error: AW801 unsafe
        await db.execute("CREATE TABLE t (x)")
        await db.commit()


async def anyio_file(path):
    async with await anyio.open_file(path) as f:  # error: AW801 unsafe
        contents = await f.read()
    return contents


async def postgres(dsn):
    conn = await psycopg.AsyncConnection.connect(dsn)  # error: AW801 withheld: leaving `async with` cleanly commits the transaction, where `close()` threw away what was not committed
    await conn.execute("SELECT 1")
    await conn.close()


async def postgres_imported(dsn):
    conn = await AsyncConnection.connect(dsn)  # error: AW801 withheld: leaving `async with` cleanly commits the transaction, where `close()` threw away what was not committed
    await conn.execute("SELECT 1")
    await conn.close()


async def ssh(host):
    async with asyncssh.connect(host) as conn:  # error: AW801 unsafe
        result = await conn.run("true")
    return result


async def ssh_without_wait(host):
    async with asyncssh.connect(host) as conn:  # error: AW801 unsafe
        await conn.run("true")


async def ssh_awaited_close(host):
    conn = await asyncssh.connect(host)  # error: AW801 withheld: its close is not the plain `close()`
    await conn.run("true")
    await conn.close()


async def socket(uri):
    async with websockets.connect(uri) as ws:  # error: AW801 unsafe
        async for message in ws:
            print(message)
