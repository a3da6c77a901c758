package dev.asyncwright.rules.loop;

import dev.asyncwright.rules.EventLoops;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.match.CallMatcher;
import dev.asyncwright.rules.match.Calls;
import dev.asyncwright.semantic.CallSite;
import java.util.Set;

/**
 * AW402: {@code asyncio.run()} or {@code loop.run_until_complete()} called inside a coroutine,
 * where a loop is already running.
 */
public final class RunInCoroutine implements Rule {

  private static final CallMatcher RUN = Calls.of("asyncio.run", "asyncio.runners.run");

  @Override
  public String code() {
    return "AW402";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("async");
  }

  @Override
  public String fixSummary() {
    return "advice only";
  }

  @Override
  public String finds() {
    return "`asyncio.run()` or `run_until_complete()` in a coroutine";
  }

  @Override
  public String name() {
    return "run-in-coroutine";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Calls of `asyncio.run(...)` (however imported) and of `<loop>.run_until_complete(...)` on a loop known as one (from `get_event_loop()`, `new_event_loop()` or `get_running_loop()`)"
            + " inside a coroutine (`async def`).",
        "Inside a coroutine an event loop is already running in this thread. `asyncio.run()`"
            + " then raises `RuntimeError: asyncio.run() cannot be called from a running event"
            + " loop` (and the coroutine passed to it is never awaited); `run_until_complete()` on"
            + " the running loop raises `RuntimeError: This event loop is already running`, and on"
            + " another loop it blocks the running one until it returns.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def handler():\n"
            + "    data = asyncio.run(fetch())\n"
            + "    return data",
        "async def handler():\n" + "    data = await fetch()\n" + "    return data",
        "Advice only: no fix is offered. Awaiting the coroutine is usually what was meant, but"
            + " the call may sit in code that is also run synchronously, which only a person can"
            + " untangle. Calls in a nested `def` or `lambda` are not reported.",
        "any");
  }

  @Override
  public void check(RuleContext context) {
    for (CallSite call : context.model().calls()) {
      if (!context.model().inCoroutine(call.primary())) {
        continue;
      }
      String message;
      if (RUN.matches(call, context)) {
        message =
            "`asyncio.run()` inside a coroutine fails: a loop is already running; await the"
                + " coroutine instead";
      } else if (call.callIndex() > 0
          && call.calledName().orElse("").equals("run_until_complete")
          && EventLoops.receiverIsLoop(context.model(), call)) {
        message =
            "`run_until_complete()` inside a coroutine fails or blocks the running loop; await"
                + " the coroutine instead";
      } else {
        continue;
      }
      context.report(
          Finding.of(
              code(), message, RuleContext.start(call.primary()), RuleContext.end(call.call())));
    }
  }
}
