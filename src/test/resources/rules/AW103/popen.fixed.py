"""Popen and os.popen: fixed only where the object is kept whole."""
import asyncio
import os
import subprocess


async def main(cmd):
    proc = await asyncio.to_thread(subprocess.Popen, cmd, stdout=subprocess.PIPE)  # error: AW103 unsafe
    rc = subprocess.Popen(cmd).wait()  # error: AW103 advice only
    with subprocess.Popen(cmd) as p:  # error: AW103 advice only
        p.wait()
    pipe = await asyncio.to_thread(os.popen, "ls")  # error: AW103 unsafe
    listing = os.popen("ls").read()  # error: AW103 advice only
    return proc, rc, pipe, listing
