"""Other spellings of the same functions, awkward layouts, and the module's asyncio alias."""
import asyncio as aio
import builtins
import pathlib as pl
from io import open as io_open
from pathlib import Path as P


async def main(p):
    text = pl.Path(  # error: AW104 unsafe
        p,  # the file
    ).read_text(
        # a comment between arguments
        encoding="utf-8",
    )
    P(p).write_bytes(b"",)  # error: AW104 unsafe
    handle = io_open(p)  # error: AW104 advice only
    other = builtins.open(p)  # error: AW104 advice only
    here = P.cwd()
    listing = here.read_text()  # error: AW104 unsafe
    return text, handle, other, listing
