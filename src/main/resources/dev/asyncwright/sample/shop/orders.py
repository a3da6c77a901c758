import asyncio
import functools
import time

from shop.inventory import reserve


async def fetch_order(order_id):
    await asyncio.sleep(0)
    return {"id": order_id, "items": ["tea", "cups"]}


async def fetch_customer(customer_id):
    await asyncio.sleep(0)
    return {"id": customer_id, "name": "Ada"}


def render_invoice(order, customer, currency="EUR"):
    return f"{customer['name']}: {len(order['items'])} items ({currency})"


async def load(order_id, customer_id):
    order, customer = await asyncio.gather(
        fetch_order(order_id),
        fetch_customer(customer_id),  # the slow one
    )
    return order, customer


async def invoice(order_id, customer_id):
    order, customer = await load(order_id, customer_id)
    loop = asyncio.get_event_loop()
    text = await loop.run_in_executor(
        None, functools.partial(render_invoice, order, customer, currency="GBP")
    )
    return text


async def place(order_id):
    time.sleep(0.01)  # give the warehouse a moment
    try:
        await asyncio.wait_for(reserve(order_id), timeout=5)
    except asyncio.TimeoutError:
        return False
    return True
