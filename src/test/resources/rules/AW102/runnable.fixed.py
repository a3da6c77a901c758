"""data: URLs are served by urllib itself: the program needs no network."""
import asyncio
import urllib.request

# runnable


async def fetch(url):
    body = (await asyncio.to_thread(urllib.request.urlopen, url)).read()  # error: AW102 unsafe
    return body.decode()


async def main():
    texts = await asyncio.gather(
        fetch("data:,hello"), fetch("data:text/plain;base64,d29ybGQ=")
    )
    print(texts)


if __name__ == "__main__":
    asyncio.run(main())
