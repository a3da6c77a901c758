import asyncio
from typing import Optional

import pkg
from external import Unknown
from pkg import Connection
from pkg.conn import Sync, make, open_conn


class Holder:
    def __init__(self):
        self.conn = Connection()
        self.lock = asyncio.Lock()
        self.either = Connection()

    def replace(self):
        self.either = Unknown()

    async def run(self):
        self.conn.send(1)  # AW601
        self.lock.acquire()  # AW601
        self.conn.write(1)
        self.either.send(1)


async def main(
    param: Connection,
    opt: Optional[Connection],
    union: Connection | None,
    untyped,
    other: "Connection",
):
    c = Connection()
    c.send(1)  # AW601
    c.close()  # AW601
    c.write(1)
    s = Sync()
    s.close()
    param.send(1)  # AW601
    opt.send(1)  # AW601
    union.send(1)  # AW601
    other.send(1)  # AW601
    untyped.send(1)
    m = make()
    m.send(1)  # AW601
    o = await open_conn()
    o.send(1)  # AW601
    reader, writer = await asyncio.open_connection("localhost", 1)
    writer.drain()  # AW601
    writer.write(b"")
    q = asyncio.Queue()
    q.put(1)  # AW601
    loop = asyncio.get_running_loop()
    loop.sock_recv(None, 1)  # AW601
    mixed = Connection()
    mixed = Unknown()
    mixed.send(1)
    u = Unknown()
    u.send(1)
    p = pkg.Connection()
    p.send(1)  # AW601

    class Sub(Unknown):
        pass

    z = Sub()
    z.close()
    for item in [c]:
        item.send(1)
