# needs: py314
# PEP 758: several exception types without parentheses, when there is no `as`.
import asyncio

try:
    pass
except ValueError, TypeError:
    pass
except OSError, KeyError, IndexError:
    pass
except LookupError,:
    pass
except ArithmeticError, AttributeError,:
    pass
except (EOFError, ImportError) as error:
    pass
except asyncio.CancelledError, asyncio.TimeoutError:
    raise
except handlers()[0], handlers()[1]:
    pass
except RuntimeError if strict else Warning, NameError:
    pass
except:
    pass

try:
    pass
except* ValueError, TypeError:
    pass
except* OSError, KeyError,:
    pass
except* (RuntimeError, LookupError) as group:
    pass
except* ExceptionGroup:
    pass


async def main():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError, KeyboardInterrupt:
        raise
