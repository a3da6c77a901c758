package dev.asyncwright.rules.blocking;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports.ModuleReference;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.semantic.CallSite;
import java.util.Set;

/** AW101: {@code time.sleep(...)} in a coroutine stops every task of the event loop. */
public final class BlockingSleep implements Rule {

  @Override
  public String code() {
    return "AW101";
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("sleep");
  }

  @Override
  public String fixSummary() {
    return "`await asyncio.sleep(...)`";
  }

  @Override
  public String name() {
    return "blocking-sleep";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Calls of `time.sleep()` inside a coroutine (`async def`), however the name was"
            + " imported (`import time as t`, `from time import sleep as pause`).",
        "`time.sleep()` blocks the thread, and with it the event loop: no other task runs,"
            + " no I/O is served and no timeout fires until it returns.",
        "async def poll(client):\n    while not client.ready():\n        time.sleep(0.5)",
        "async def poll(client):\n    while not client.ready():\n        await asyncio.sleep(0.5)",
        "Unsafe: other tasks now run during the pause, which is the point of the fix but can"
            + " change the order of events a program relied on.",
        "3.7");
  }

  @Override
  public void check(RuleContext context) {
    for (CallSite call : context.model().coroutineCalls()) {
      if (!context.model().calleeName(call).orElse("").equals("time.sleep")) {
        continue;
      }
      Finding finding =
          Finding.of(
              code(),
              "`time.sleep()` blocks the event loop inside a coroutine",
              RuleContext.start(call.primary()),
              RuleContext.end(call.call()));
      if (!call.endsPrimary() || call.hasUnpacking()) {
        context.report(finding);
        continue;
      }
      ModuleReference asyncio = context.imports().module("asyncio", call.primary());
      int calleeStart = RuleContext.start(call.primary());
      int calleeEnd = RuleContext.start(call.call());
      Fix fix =
          new Fix(
              "Replace with `await " + asyncio.name() + ".sleep(...)`",
              dev.asyncwright.fix.Applicability.UNSAFE,
              new PythonVersion(7),
              RuleContext.with(
                  asyncio.importEdit(),
                  new Edit(
                      calleeStart,
                      calleeEnd,
                      (context.isAwaited(call.primary()) ? "" : "await ")
                          + asyncio.name()
                          + ".sleep")));
      context.report(finding, fix);
    }
  }
}
