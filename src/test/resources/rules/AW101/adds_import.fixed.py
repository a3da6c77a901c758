#!/usr/bin/env python3
"""Needs asyncio imported: the fix adds the import among the standard library's, in order."""
from __future__ import annotations

import asyncio
import time


async def main():
    started = time.monotonic()
    await asyncio.sleep(0)  # error: AW101 unsafe
    await asyncio.sleep(0)  # error: AW101 unsafe
    return time.monotonic() - started
