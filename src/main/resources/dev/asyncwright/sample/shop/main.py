import asyncio

from shop.orders import invoice, place


async def main():
    if await place(1):
        print(await invoice(1, 7))


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(main())
    loop.close()
