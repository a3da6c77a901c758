import requests
from mylib import urlopen


async def parameter(requests, url):
    requests.get(url)  # ok: the parameter shadows the module


async def local_import(url):
    from mylib import get

    get(url)  # ok: not requests.get
    urlopen(url)  # ok: mylib's urlopen


async def local_def(url):
    def httpx_get(u):
        return u

    httpx_get(url)  # ok


class Client:
    def get(self, url):
        return url


async def method(url):
    client = Client()
    client.get(url)  # ok: a method of ours
