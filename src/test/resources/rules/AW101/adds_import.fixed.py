#!/usr/bin/env python3
"""Needs asyncio imported: the fix adds the import after the existing ones."""
from __future__ import annotations

import time
import asyncio


async def main():
    started = time.monotonic()
    await asyncio.sleep(0)  # error: AW101
    await asyncio.sleep(0)  # error: AW101
    return time.monotonic() - started
