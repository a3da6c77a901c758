import asyncio
import http.client

import httpx
import requests
from requests import Session


async def inline(url):
    requests.Session().get(url)  # error: AW102 unsafe
    Session().post(url, json={})  # error: AW102 unsafe


async def assigned(url):
    s = requests.Session()
    r = s.get(url)  # error: AW102 unsafe
    client = httpx.Client()
    client.delete(url)  # error: AW102 unsafe
    conn = http.client.HTTPSConnection("example.org")
    conn.request("GET", "/")  # error: AW102 unsafe
    resp = conn.getresponse()  # error: AW102 unsafe
    s.close()  # ok: not a request method
    return r, resp


async def parameter(s, url):
    s.get(url)  # ok: a parameter could be anything


async def rebound(url, other):
    s = requests.Session()
    s.get(url)  # ok: s is bound twice
    s = other


async def with_block(url):
    with requests.Session() as s:
        s.get(url)  # ok: bound by `with`, not followed


async def loop_target(url, items):
    s = requests.Session()
    for s in items:
        pass
    s.get(url)  # ok: rebound by the loop


async def nonlocal_rebind(url, other):
    s = requests.Session()

    def reset():
        nonlocal s
        s = other

    reset()
    s.get(url)  # ok: a nested function rebinds it


async def walrus(url, other):
    s = requests.Session()
    if (s := other) is not None:
        pass
    s.get(url)  # ok: rebound by :=


async def used_before(url):
    s.get(url)  # ok: used before the assignment
    s = requests.Session()


async def annotated(client: httpx.Client, url):
    client.get(url)  # error: AW102 unsafe


async def unannotated_default(client=None, url=""):
    client.get(url)  # ok: nothing says what client is


class Service:
    def __init__(self):
        self.session = requests.Session()

    async def fetch(self, url):
        return self.session.get(url)  # error: AW102 unsafe


class Mixed:
    def __init__(self, other):
        self.session = requests.Session()
        self.other = other

    def reset(self, session):
        self.session = session

    async def fetch(self, url):
        return self.session.get(url)  # ok: reset() may have put anything there


class Api:
    def __init__(self):
        self.http = requests.Session()

    def session(self) -> requests.Session:
        return self.http


class Chained:
    def __init__(self, api: Api):
        self.api = api

    async def fetch(self, url):
        self.api.session().get(url)  # error: AW102 unsafe
        return self.api.http.get(url)  # error: AW102 unsafe


async def sent(request):
    client = httpx.Client()
    return client.send(request)  # error: AW102 unsafe


async def streamed(url):
    client = httpx.Client()
    with client.stream("GET", url) as response:  # error: AW102 advice only
        return response.read()
