import psycopg
from psycopg import AsyncConnection as Conn


async def writes_without_commit(dsn):
    conn = await psycopg.AsyncConnection.connect(dsn)  # error: AW801 withheld: leaving `async with` cleanly commits the transaction, where `close()` threw away what was not committed
    await conn.execute("INSERT INTO t VALUES (1)")
    await conn.close()


async def commits_right_before_the_close(dsn):
    async with await psycopg.AsyncConnection.connect(dsn) as conn:  # error: AW801 unsafe
        await conn.execute("INSERT INTO t VALUES (1)")
        # keep it
        await conn.commit()


async def commits_then_writes_again(dsn):
    conn = await Conn.connect(dsn)  # error: AW801 withheld: leaving `async with` cleanly commits the transaction, where `close()` threw away what was not committed
    await conn.execute("INSERT INTO t VALUES (1)")
    await conn.commit()
    await conn.execute("INSERT INTO t VALUES (2)")
    await conn.close()


async def commit_in_another_block(dsn, flag):
    conn = await Conn.connect(dsn)  # error: AW801 withheld: leaving `async with` cleanly commits the transaction, where `close()` threw away what was not committed
    await conn.execute("INSERT INTO t VALUES (1)")
    if flag:
        await conn.commit()
    await conn.close()


async def commit_not_awaited(dsn):
    conn = await Conn.connect(dsn)  # error: AW801 withheld: leaving `async with` cleanly commits the transaction, where `close()` threw away what was not committed
    await conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    await conn.close()


async def commits_another_connection(dsn, other):
    conn = await Conn.connect(dsn)  # error: AW801 withheld: leaving `async with` cleanly commits the transaction, where `close()` threw away what was not committed
    await conn.execute("INSERT INTO t VALUES (1)")
    await other.commit()
    await conn.close()


async def commit_shares_its_line(dsn):
    conn = await Conn.connect(dsn)  # error: AW801 withheld: leaving `async with` cleanly commits the transaction, where `close()` threw away what was not committed
    await conn.execute("INSERT INTO t VALUES (1)")
    print("done"); await conn.commit()
    await conn.close()


async def never_closed(dsn):
    conn = await Conn.connect(dsn)  # error: AW801 withheld: leaving `async with` cleanly commits the transaction, where the connection left open never committed what is pending
    await conn.execute("INSERT INTO t VALUES (1)")
    await conn.commit()


async def returns_before_the_commit(dsn, bad):
    conn = await Conn.connect(dsn)  # error: AW801 withheld: a `return`, `break` or `continue` before the commit would leave the block, and `async with` would commit there what the close threw away
    await conn.execute("INSERT INTO t VALUES (1)")
    if bad:
        return
    await conn.commit()
    await conn.close()


async def breaks_out_before_the_commit(dsn, batches):
    for batch in batches:
        conn = await Conn.connect(dsn)  # error: AW801 withheld: a `return`, `break` or `continue` before the commit would leave the block, and `async with` would commit there what the close threw away
        await conn.execute("INSERT INTO t VALUES (1)")
        if not batch:
            break
        await conn.commit()
        await conn.close()


async def loops_inside(dsn, rows):
    async with await Conn.connect(dsn) as conn:  # error: AW801 unsafe
        for row in rows:
            if not row:
                continue
            await conn.execute("INSERT INTO t VALUES (%s)", (row,))
        await conn.commit()


async def breaks_from_a_loops_else(dsn, batches, rows):
    for batch in batches:
        conn = await Conn.connect(dsn)  # error: AW801 withheld: a `return`, `break` or `continue` before the commit would leave the block, and `async with` would commit there what the close threw away
        for row in rows:
            await conn.execute("INSERT INTO t VALUES (%s)", (row,))
        else:
            break
        await conn.commit()
        await conn.close()
