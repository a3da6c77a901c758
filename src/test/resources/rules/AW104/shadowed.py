from pathlib import Path


async def parameter(open, p):
    return open(p)  # ok: the parameter shadows the builtin


async def local_def(p):
    def open(name):
        return name

    return open(p)  # ok: a local function


async def other_path(p):
    from mylib import Path

    return Path(p).read_text()  # ok: not pathlib's Path


async def other_open(p):
    from mylib import open

    return open(p)  # ok


class Store:
    def open(self, name):
        return name

    async def load(self, name):
        return self.open(name)  # ok: a method of ours
