import asyncio


async def fetch():
    pass


fetch = staticmethod(fetch)


async def twice():
    pass


def twice():
    pass


class Base:
    async def close(self):
        pass


class Child(Base):
    def close(self):
        pass

    async def run(this):
        this.close()
        self = this
        self.close()


async def main():
    fetch()
    twice()
    sleep = print
    sleep(1)

    def asyncio_sleep():
        pass
    asyncio_sleep()
