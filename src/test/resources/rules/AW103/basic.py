import asyncio
import os
import subprocess


async def main(cmd, pid, mode):
    subprocess.run(cmd, check=True)  # error: AW103 unsafe
    out = subprocess.check_output(cmd)  # error: AW103 unsafe
    subprocess.call(cmd)  # error: AW103 unsafe
    subprocess.check_call(cmd)  # error: AW103 unsafe
    text = subprocess.getoutput("ls")  # error: AW103 unsafe
    status, text = subprocess.getstatusoutput("ls")  # error: AW103 unsafe
    code = subprocess.run(cmd).returncode  # error: AW103 unsafe
    await subprocess.run(cmd)  # error: AW103 unsafe
    os.system("true")  # error: AW103 unsafe
    os.waitpid(pid, 0)  # error: AW103 unsafe
    os.wait()  # error: AW103 unsafe
    os.wait3(0)  # error: AW103 unsafe
    os.wait4(pid, 0)  # error: AW103 unsafe
    os.waitid(os.P_PID, pid, os.WEXITED)  # error: AW103 unsafe
    os.spawnl(os.P_WAIT, "/bin/true", "true")  # error: AW103 unsafe
    os.spawnvp(os.P_NOWAIT, "true", ["true"])  # error: AW103 unsafe
    os.spawnv(mode, "/bin/true", ["true"])  # error: AW103 unsafe
    os.getpid()  # ok
    return out, text, status, code


def sync(cmd):
    subprocess.run(cmd)  # ok: a plain function may block


async def nested(cmd):
    def helper():
        subprocess.run(cmd)  # ok: the innermost function is not async

    return lambda: os.system(cmd)  # ok: nor is a lambda
