"""Other spellings of the same functions, awkward layouts, and the module's asyncio alias."""
import asyncio as aio
import subprocess as sp
from os import P_WAIT, spawnlp, system
from subprocess import check_output as run_for_output


async def main(cmd):
    await aio.to_thread(sp.run,  # error: AW103 unsafe
        cmd,  # what to run
        # keep going on failure
        check=False,
    )
    await aio.to_thread(system, "true")  # error: AW103 unsafe
    await aio.to_thread(spawnlp, P_WAIT, "true", "true")  # error: AW103 unsafe
    out = await aio.to_thread(run_for_output, cmd, text=True,)  # error: AW103 unsafe
    await aio.to_thread(sp.call, cmd)  # error: AW103 unsafe
    rc = (await aio.to_thread(sp.run, cmd, check=False,  # error: AW103 unsafe
                capture_output=True)).returncode
    return out, rc
