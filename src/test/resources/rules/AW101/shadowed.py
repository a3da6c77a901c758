import time


class Clock:
    def sleep(self, seconds):
        pass


async def main(time):
    time.sleep(1)  # ok: the parameter shadows the module


async def other():
    from mylib import sleep

    sleep(1)  # ok: not time.sleep


async def third():
    clock = Clock()
    clock.sleep(1)  # ok: a method of ours
