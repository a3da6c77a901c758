import asyncio
import io
import pathlib
from pathlib import Path


async def whole_file(p, data):
    text = Path(p).read_text()  # error: AW104 unsafe
    raw = pathlib.Path(p).read_bytes()  # error: AW104 unsafe
    Path(p).write_text(data, encoding="utf-8")  # error: AW104 unsafe
    await pathlib.Path(p).write_bytes(b"x")  # error: AW104 unsafe
    lines = Path(p).read_text().splitlines()  # error: AW104 unsafe
    config = Path.home().read_text()  # error: AW104 unsafe
    sizes = sum(len(Path(q).read_bytes()) for q in p)  # error: AW104 advice only
    return text, raw, lines, config, sizes


async def openers(p, wrap):
    f = open(p)  # error: AW104 advice only
    data = open(p).read()  # error: AW104 advice only
    with open(p) as f:  # error: AW104 advice only
        data = f.read()
    with io.open(p, "rb") as f, open(p) as g:  # error: AW104 advice only
        pass
    async with wrap(open(p)) as h:  # error: AW104 advice only
        pass
    with Path(p).open() as f:  # error: AW104 advice only
        pass
    return data


async def assigned(name):
    path = Path(name)
    text = path.read_text()  # error: AW104 unsafe
    path.write_text(text.upper())  # error: AW104 unsafe
    other = path.with_suffix(".bak")
    other.read_text()  # ok: a method's result is not known to be a Path
    path.exists()  # error: AW104 unsafe
    return other


async def parameter(path: Path):  # annotated: the annotation says what it is
    return path.read_text()  # error: AW104 unsafe


def sync(p):
    return open(p).read()  # ok: a plain function may block


async def nested(p):
    def helper():
        return Path(p).read_text()  # ok: the innermost function is not async

    return helper, lambda: open(p)  # ok: nor is a lambda


async def annotated(p: Path, q):
    p.read_text()  # error: AW104 unsafe
    q.read_text()  # ok: nothing says what q is


class Store:
    def __init__(self, root):
        self.root = Path(root)

    async def load(self):
        return self.root.read_bytes()  # error: AW104 unsafe
