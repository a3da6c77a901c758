import asyncio
import time

# runnable


async def worker(name, delay, log):
    for i in range(2):
        log.append(f"{name} {i}")
        time.sleep(delay)  # error: AW101 unsafe


async def main():
    log = []
    await asyncio.gather(worker("a", 0.001, log), worker("b", 0.001, log))
    print(sorted(log))


if __name__ == "__main__":
    asyncio.run(main())
