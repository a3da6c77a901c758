import asyncio


class Base:
    async def close(self):
        await asyncio.sleep(0)

    def sync(self):
        pass


class Connection(Base):
    async def send(self, data):
        await asyncio.sleep(0)

    def write(self, data):
        pass


class Sync(Base):
    def close(self):
        pass


def make() -> "Connection":
    return Connection()


async def open_conn() -> Connection:
    return Connection()
