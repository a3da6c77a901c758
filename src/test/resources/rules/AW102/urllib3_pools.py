import urllib3
from urllib3 import PoolManager


async def fetch(url):
    response = urllib3.request("GET", url)  # error: AW102 unsafe
    return response.data


async def pooled(url):
    pool = PoolManager()
    first = pool.request("GET", url)  # error: AW102 unsafe
    second = pool.urlopen("GET", url)  # error: AW102 unsafe
    return first, second


async def with_host(host):
    connection = urllib3.HTTPSConnectionPool(host)
    return connection.request("GET", "/")  # error: AW102 unsafe


def sync_fetch(url):
    return urllib3.request("GET", url)  # ok: not in a coroutine
