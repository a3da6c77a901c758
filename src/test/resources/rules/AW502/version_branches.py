import asyncio
import sys

if sys.version_info >= (3, 11):
    TimeoutErrors = (TimeoutError,)
else:
    TimeoutErrors = (asyncio.TimeoutError, TimeoutError)  # ok: older Pythons only

if sys.version_info < (3, 11):
    Fallback = asyncio.TimeoutError  # ok: older Pythons only
elif sys.version_info >= (3, 12):
    Fallback = asyncio.TimeoutError  # error: AW502 safe
