"""Other spellings of the same functions, awkward layouts, and the module's asyncio alias."""
import asyncio as aio
import subprocess as sp
from os import P_WAIT, spawnlp, system
from subprocess import check_output as run_for_output


async def main(cmd):
    sp.run(  # error: AW103 unsafe
        cmd,  # what to run
        # keep going on failure
        check=False,
    )
    system("true")  # error: AW103 unsafe
    spawnlp(P_WAIT, "true", "true")  # error: AW103 unsafe
    out = run_for_output(cmd, text=True,)  # error: AW103 unsafe
    await sp.call(cmd)  # error: AW103 unsafe
    rc = sp.run(cmd, check=False,  # error: AW103 unsafe
                capture_output=True).returncode
    return out, rc
