package dev.asyncwright.rules.loop;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.match.CallMatcher;
import dev.asyncwright.rules.match.Calls;
import dev.asyncwright.semantic.CallSite;
import java.util.Set;

/**
 * AW202: {@code asyncio.get_event_loop()} inside a coroutine, where {@code get_running_loop()} says
 * what is meant and cannot create or pick a wrong loop.
 */
public final class GetEventLoopInCoroutine implements Rule {

  private static final CallMatcher GET_EVENT_LOOP_IN_COROUTINE =
      Calls.of("asyncio.get_event_loop", "asyncio.events.get_event_loop").and(Calls.inCoroutine());

  @Override
  public String code() {
    return "AW202";
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("get_event_loop");
  }

  @Override
  public String fixSummary() {
    return "`asyncio.get_running_loop()`";
  }

  @Override
  public String finds() {
    return "`asyncio.get_event_loop()` in a coroutine";
  }

  @Override
  public String name() {
    return "get-event-loop-in-coroutine";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Calls of `asyncio.get_event_loop()` inside a coroutine (`async def`), however the name"
            + " was imported (`import asyncio as aio`, `from asyncio import get_event_loop`).",
        "`get_event_loop()` depends on the event loop policy and, outside a running loop, may"
            + " create a new loop or (since Python 3.12) warn and fail. Inside a coroutine a loop"
            + " is always running, and `get_running_loop()` returns exactly that loop; it says so"
            + " in the code and never silently makes another.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def serve(sock):\n"
            + "    loop = asyncio.get_event_loop()\n"
            + "    await loop.sock_accept(sock)",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def serve(sock):\n"
            + "    loop = asyncio.get_running_loop()\n"
            + "    await loop.sock_accept(sock)",
        "Safe: inside a running coroutine both functions return the running loop. Only the"
            + " called name changes; the file's own qualifier (`aio.`) stays. A bare"
            + " `get_event_loop()` imported from asyncio becomes `get_running_loop()` when that"
            + " name is imported too, else `asyncio.get_running_loop()` (adding `import asyncio`"
            + " if needed). Calls in a nested `def` or `lambda` are not reported: they may run"
            + " where no loop is running. Where behaviour could still differ, and why that is"
            + " outside what the label promises: a coroutine stepped by hand (`coro.send(None)`)"
            + " or by another framework with no asyncio loop running gets `RuntimeError` where it"
            + " got the policy's loop (not running, so nothing scheduled on it would run), and a"
            + " test that patches `asyncio.get_event_loop` no longer reaches the code (the fixed"
            + " call does not go through it); like every rename, the fix takes asyncio's own"
            + " names as asyncio defines them. CPython 3.11's `test_asyncio` passes after the safe"
            + " fixes (`scripts/test-asyncio-safe-fixes`).",
        "3.7 (`asyncio.get_running_loop()` was added in 3.7)");
  }

  @Override
  public void check(RuleContext context) {
    for (CallSite call : context.model().calls()) {
      if (!GET_EVENT_LOOP_IN_COROUTINE.matches(call, context)) {
        continue;
      }
      Finding finding =
          Finding.of(
              code(),
              "`asyncio.get_event_loop()` inside a coroutine: use `asyncio.get_running_loop()`",
              call.view().start(),
              call.view().end());
      context.report(
          finding,
          new Fix(
              "Replace with `get_running_loop()`",
              Applicability.SAFE,
              new PythonVersion(7),
              Callees.renameAsyncioCall(context, call, "get_running_loop")));
    }
  }
}
