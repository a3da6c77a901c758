import asyncio
import sys


def schedule(function):
    if asyncio.iscoroutinefunction(function):  # error: AW605 unsafe
        return asyncio.ensure_future(function())
    return function()


def main():
    if sys.platform == "win32":
        asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())  # error: AW605 advice only
    watcher = asyncio.get_child_watcher()  # error: AW605 advice only
    return watcher


class Policy(asyncio.DefaultEventLoopPolicy):  # error: AW605 advice only
    pass


def kept():
    loop = asyncio.new_event_loop()  # ok: not deprecated
    asyncio.set_event_loop(loop)  # ok: not part of the policy deprecation
    return loop


def older_only(function):
    if sys.version_info < (3, 14):
        return asyncio.iscoroutinefunction(function)  # ok: runs only before 3.14
    return sys.version_info < (3, 14) and asyncio.iscoroutinefunction(function)  # ok: the same
