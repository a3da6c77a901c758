package dev.asyncwright.rules.timeout;

import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.RuleDoc;
import java.util.Set;

/**
 * AW502: {@code asyncio.TimeoutError}, an alias of the builtin {@code TimeoutError} since Python
 * 3.11, written where the builtin would do ({@link BuiltinTimeoutAlias} checks and fixes).
 */
public final class TimeoutErrorAlias extends BuiltinTimeoutAlias {

  public TimeoutErrorAlias() {
    super(
        new Alias(
            Set.of("asyncio.TimeoutError", "asyncio.exceptions.TimeoutError"),
            Set.of("asyncio", "asyncio.exceptions"),
            "TimeoutError",
            new PythonVersion(11),
            "asyncio.TimeoutError"));
  }

  @Override
  public String code() {
    return "AW502";
  }

  @Override
  public String finds() {
    return "`asyncio.TimeoutError`, an alias of `TimeoutError`";
  }

  @Override
  public String name() {
    return "timeout-error-alias";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Every reference to `asyncio.TimeoutError` (also `asyncio.exceptions.TimeoutError`, any"
            + " import alias of asyncio, and a name bound by `from asyncio import TimeoutError"
            + " [as X]`), anywhere in the file: `except` clauses, `raise`, `isinstance` tuples.",
        "Since Python 3.11 `asyncio.TimeoutError` is the builtin `TimeoutError` under another"
            + " name. The alias suggests a separate exception, which makes readers wonder whether"
            + " `except TimeoutError` catches it (it does) and keeps an import alive for nothing.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def read_or_retry():\n"
            + "    try:\n"
            + "        await asyncio.wait_for(read(), 5)\n"
            + "    except asyncio.TimeoutError:\n"
            + "        retry()",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def read_or_retry():\n"
            + "    try:\n"
            + "        await asyncio.wait_for(read(), 5)\n"
            + "    except TimeoutError:\n"
            + "        retry()",
        "Safe on Python 3.11+, where both names are the same object (only code that rebinds"
            + " `asyncio.TimeoutError` itself, a mock of the module, would see them differ). Not"
            + " offered where the"
            + " builtin `TimeoutError` is shadowed at that spot (by anything but asyncio's own"
            + " `TimeoutError`, the same class). Code in a branch for older"
            + " Pythons (`if sys.version_info < (3, 11):`, the `else` of `>= (3, 11)`) is not"
            + " reported: there the two are different classes, and the target never runs it. A"
            + " dotted reference is replaced in"
            + " place; when the rewritten references were the only uses of `import asyncio`, the"
            + " last of their fixes removes the import too, and that one is unsafe (another"
            + " module may read this one's `asyncio` attribute); an import that cannot go cleanly"
            + " (under an `if` or `try`, sharing its line) stays. A name imported with"
            + " `from asyncio import TimeoutError [as X]` is fixed by one fix for all its uses:"
            + " the imported name is removed from its import (the whole statement if it was the"
            + " only one) and uses of an alias become `TimeoutError`. That fix is not offered when"
            + " some use cannot be rewritten (deleted, assigned, shadowed builtin), when the name"
            + " is listed in the module's `__all__`, and is unsafe when the import is at module"
            + " level: another module may import the name from this one.",
        "3.11 (where `asyncio.TimeoutError` became the builtin)");
  }
}
