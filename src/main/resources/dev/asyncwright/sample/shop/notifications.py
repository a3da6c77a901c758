import asyncio
import logging

log = logging.getLogger(__name__)


async def send(address, text):
    await asyncio.sleep(0)
    log.info("sent %s to %s", text, address)


async def notify_all(addresses, text):
    for address in addresses:
        asyncio.create_task(send(address, text))


async def notify_quietly(addresses, text):
    for address in addresses:
        try:
            await send(address, text)
        except asyncio.CancelledError:
            log.warning("cancelled while notifying %s", address)


async def remind(address):
    send(address, "Your order is on its way")
