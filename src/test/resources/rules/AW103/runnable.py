"""Child processes run the same interpreter: the output does not depend on the machine."""
import asyncio
import os
import subprocess
import sys

# runnable


async def main():
    result = subprocess.run(  # error: AW103 unsafe
        [sys.executable, "-c", "print('child says hi')"],
        capture_output=True,
        text=True,
    )
    print(result.stdout.strip(), result.returncode)
    out = subprocess.check_output([sys.executable, "-c", "print(6 * 7)"], text=True)  # error: AW103 unsafe
    print(out.strip())
    print(os.system("exit 3") != 0)  # error: AW103 unsafe


if __name__ == "__main__":
    asyncio.run(main())
