import asyncio
import asyncio as aio


async def save(x):
    await asyncio.sleep(0)


def plain():
    pass


async def agen():
    yield 1


@some_decorator
async def decorated():
    pass


class Client:
    async def close(self):
        pass

    def sync_close(self):
        pass

    async def run(self, other):
        self.close()  # error: AW601 unsafe
        self.sync_close()
        other.close()
        save(1)  # error: AW601 unsafe
        asyncio.sleep(1)  # error: AW601 unsafe
        aio.to_thread(  # error: AW601 unsafe
            plain,
        )
        if other:
            save(2)  # error: AW601 unsafe
        await save(3)
        x = save(4)
        asyncio.create_task(save(5))
        await asyncio.gather(save(6))
        plain()
        agen()
        decorated()
        asyncio.gather(x)  # error: AW601 unsafe
        return save(7)

    def not_a_coroutine(self):
        self.close()  # error: AW601 advice only
        save(8)  # error: AW601 advice only

        async def inner():
            save(9)  # error: AW601 unsafe
        return inner


save(10)  # error: AW601 advice only
