import io


async def load_plugin(path):
    with io.open_code(path) as f:  # error: AW104 advice only
        return f.read()


def load_sync(path):
    with io.open_code(path) as f:  # ok: not in a coroutine
        return f.read()
