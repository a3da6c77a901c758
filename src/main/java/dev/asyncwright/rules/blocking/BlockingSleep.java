package dev.asyncwright.rules.blocking;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports.ModuleReference;
import dev.asyncwright.rules.RewrittenImports;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.TestCode;
import dev.asyncwright.rules.match.CallMatcher;
import dev.asyncwright.rules.match.Calls;
import dev.asyncwright.semantic.CallSite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** AW101: {@code time.sleep(...)} in a coroutine stops every task of the event loop. */
public final class BlockingSleep implements Rule {

  private static final CallMatcher TIME_SLEEP = Calls.of("time.sleep");

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
  public String finds() {
    return "`time.sleep()` in a coroutine";
  }

  @Override
  public String name() {
    return "blocking-sleep";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Calls of `time.sleep()` inside a coroutine (`async def`), however the name was"
            + " imported (`import time as t`, `from time import sleep as pause`). Not reported in"
            + " test code (a file pytest collects, `conftest.py`, or a module importing `pytest`"
            + " or `unittest`): there a blocking sleep is how a test makes the loop block, to"
            + " see what a timeout or a cancellation does then.",
        "`time.sleep()` blocks the thread, and with it the event loop: no other task runs,"
            + " no I/O is served and no timeout fires until it returns.",
        "import time\n"
            + "\n"
            + "\n"
            + "async def poll(client):\n"
            + "    while not client.ready():\n"
            + "        time.sleep(0.5)",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def poll(client):\n"
            + "    while not client.ready():\n"
            + "        await asyncio.sleep(0.5)",
        "Unsafe: other tasks now run during the pause, which is the point of the fix but can"
            + " change the order of events a program relied on. When the rewritten calls were the"
            + " only uses of `import time` (or of `sleep` in `from time import sleep`), the fix"
            + " removes that import or name, the last of several fixes applied taking it. An"
            + " import that cannot go cleanly stays: under an `if` or `try`, sharing its line with"
            + " another statement, or an `import time` inside a function or with a comment on its"
            + " line.",
        "3.7");
  }

  @Override
  public void check(RuleContext context) {
    if (TestCode.isTestModule(context)) {
      return;
    }
    Map<String, List<CallSite>> fixableByHead = new LinkedHashMap<>();
    for (CallSite call : context.model().coroutineCalls()) {
      if (!TIME_SLEEP.matches(call, context)) {
        continue;
      }
      if (!call.endsPrimary() || call.hasUnpacking()) {
        context.report(finding(call));
        continue;
      }
      fixableByHead
          .computeIfAbsent(call.primary().getStart().getText(), head -> new ArrayList<>())
          .add(call);
    }
    fixableByHead.forEach(
        (head, calls) -> {
          List<Edit> importRemoval =
              RewrittenImports.removalWith(
                  context, head, calls.stream().map(CallSite::primary).toList());
          for (CallSite call : calls) {
            context.report(finding(call), fix(context, call, importRemoval));
          }
        });
  }

  private Finding finding(CallSite call) {
    return Finding.of(
        code(),
        "`time.sleep()` blocks the event loop inside a coroutine",
        RuleContext.start(call.primary()),
        RuleContext.end(call.call()));
  }

  private static Fix fix(RuleContext context, CallSite call, List<Edit> importRemoval) {
    ModuleReference asyncio = context.imports().module("asyncio", call.primary());
    List<Edit> edits = new ArrayList<>(importRemoval);
    edits.add(
        new Edit(
            RuleContext.start(call.primary()),
            RuleContext.start(call.call()),
            (context.isAwaited(call.primary()) ? "" : "await ") + asyncio.name() + ".sleep"));
    return new Fix(
        "Replace with `await " + asyncio.name() + ".sleep(...)`",
        Applicability.UNSAFE,
        new PythonVersion(7),
        RuleContext.with(asyncio.importEdit(), edits.toArray(Edit[]::new)));
  }
}
