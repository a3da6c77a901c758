"""Writes and reads a file in a temporary directory: same output before and after."""
import asyncio
import tempfile
from pathlib import Path

# runnable


async def main():
    with tempfile.TemporaryDirectory() as tmp:
        note = Path(tmp, "note.txt")
        await asyncio.to_thread(note.write_text, "hello\nworld\n")  # error: AW104 unsafe
        print((await asyncio.to_thread(note.read_text)).splitlines())  # error: AW104 unsafe
        print(len(await asyncio.to_thread(Path(tmp, "note.txt").read_bytes)))  # error: AW104 unsafe


if __name__ == "__main__":
    asyncio.run(main())
