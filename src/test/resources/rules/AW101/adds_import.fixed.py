#!/usr/bin/env python3
"""Needs asyncio imported: the fix adds the import after the existing ones."""
from __future__ import annotations

import time
import asyncio


async def main():
    await asyncio.sleep(0)  # error: AW101
    await asyncio.sleep(0)  # error: AW101
