package dev.asyncwright.rules.timeout;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.BlockRewrite;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports.ModuleReference;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.RewrittenImports;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.match.CallMatcher;
import dev.asyncwright.rules.match.Calls;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.tree.ValueUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AW507: {@code async with async_timeout.timeout(t):} on Python 3.11 and later, where asyncio has
 * its own {@code asyncio.timeout(t)}, the one the async-timeout package's authors point to.
 */
public final class AsyncTimeoutPackage implements Rule {

  private static final CallMatcher PACKAGE =
      Calls.of("async_timeout.timeout", "async_timeout.timeout_at");

  private static final PythonVersion NEEDS = new PythonVersion(11);

  @Override
  public String code() {
    return "AW507";
  }

  @Override
  public String name() {
    return "async-timeout-package";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("async_timeout");
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public Optional<PythonVersion> adviceNeeds() {
    return Optional.of(NEEDS);
  }

  @Override
  public String fixSummary() {
    return "`asyncio.timeout(...)`";
  }

  @Override
  public String finds() {
    return "`async_timeout.timeout()` where `asyncio.timeout()` serves (3.11+)";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "`async with async_timeout.timeout(t):` and `async_timeout.timeout_at(when)` (however"
            + " imported) in a coroutine, on a target of Python 3.11 or later; not in the"
            + " async-timeout project itself (its code and tests are about the package).",
        "Python 3.11 brought `asyncio.timeout()` and `asyncio.timeout_at()`, and the"
            + " async-timeout package's own documentation says to use them there: the standard"
            + " ones count the task's cancellations (`uncancel()`), so a timeout inside another"
            + " timeout or a task group is told apart from a cancellation from outside, and the"
            + " dependency can go.",
        "import async_timeout\n"
            + "\n"
            + "\n"
            + "async def read(stream):\n"
            + "    async with async_timeout.timeout(5):\n"
            + "        return await stream.read()",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def read(stream):\n"
            + "    async with asyncio.timeout(5):\n"
            + "        return await stream.read()",
        "Unsafe: asyncio's timeout handles a cancellation that races with the deadline by the"
            + " task's cancellation count, where async-timeout has its own bookkeeping, and it"
            + " checks at entry that it runs in a task; the error raised on expiry is the same"
            + " (`TimeoutError`). Only the called name changes, `asyncio` gets imported when the"
            + " file lacks it, and the last fix removes the import of `async_timeout` (or of the"
            + " name imported from it) when nothing else uses it. No fix when the context is"
            + " named (`as cm`: async-timeout's object has `expired`, `shift()`, `reject()`,"
            + " asyncio's `expired()`, `reschedule()`), nor for a call given more than its one"
            + " argument.",
        "3.11 (`asyncio.timeout()`)");
  }

  @Override
  public void check(RuleContext context) {
    if (context.isProjectClass("async_timeout.Timeout")) {
      return; // the package itself, or its tests: they are about async-timeout, not asyncio
    }
    Map<String, List<CallSite>> fixableByHead = new LinkedHashMap<>();
    for (CallSite call : context.model().coroutineCalls()) {
      if (!PACKAGE.matches(call, context)
          || !call.endsPrimary()
          || !(call.view().use() instanceof ValueUse.Entered entered)
          || entered.statement().ASYNC() == null) {
        continue;
      }
      if (entered.item().AS() != null) {
        context.report(
            finding(context, call)
                .withheld(
                    "the context is named: async-timeout's object has other methods than"
                        + " asyncio's"));
      } else if (call.arguments().size() != 1 || call.positional().size() != 1) {
        context.report(finding(context, call).withheld("the call is given more than its delay"));
      } else {
        fixableByHead
            .computeIfAbsent(call.primary().getStart().getText(), head -> new ArrayList<>())
            .add(call);
      }
    }
    fixableByHead.forEach(
        (head, calls) -> {
          List<Edit> importRemoval =
              RewrittenImports.removalWith(
                  context, head, calls.stream().map(CallSite::primary).toList());
          for (CallSite call : calls) {
            context.report(finding(context, call), fix(context, call, importRemoval));
          }
        });
  }

  private Finding finding(RuleContext context, CallSite call) {
    String api = context.model().calleeName(call).orElse("async_timeout.timeout");
    return Finding.of(
        code(),
        "`"
            + api
            + "()`: asyncio has `"
            + api.replace("async_timeout.", "asyncio.")
            + "()` since Python 3.11",
        RuleContext.start(call.primary()),
        RuleContext.start(call.call()));
  }

  private static Fix fix(RuleContext context, CallSite call, List<Edit> importRemoval) {
    ModuleReference asyncio = context.imports().module("asyncio", call.primary());
    String called = context.model().calleeName(call).orElseThrow();
    String replacement = asyncio.name() + called.substring(called.indexOf('.'));
    List<Edit> edits = new ArrayList<>(importRemoval);
    edits.add(
        new Edit(RuleContext.start(call.primary()), RuleContext.start(call.call()), replacement));
    return new Fix(
        "Replace with `" + replacement + "(...)`",
        Applicability.UNSAFE,
        NEEDS,
        RuleContext.with(
            asyncio.importEdit().map(added -> besidePackageImport(context, added).orElse(added)),
            edits.toArray(Edit[]::new)));
  }

  /**
   * The import of asyncio placed on the line after the module's import of async-timeout, rather
   * than in a group of its own: once the last fix removes that import, asyncio's takes its line,
   * and no group of one import (with its blank lines) is left where the package's was.
   */
  private static Optional<Edit> besidePackageImport(RuleContext context, Edit added) {
    for (StatementContext statement : context.model().module().tree().statement()) {
      String text = statement.getText();
      if (statement.simpleStatements() != null
          && statement.simpleStatements().simpleStatement().size() == 1
          && (text.startsWith("importasync_timeout") || text.startsWith("fromasync_timeout"))) {
        int next = BlockRewrite.nextLine(context.source(), RuleContext.end(statement) - 1);
        return Optional.of(
            Edit.insert(next, added.content().strip() + Lines.newline(context.source())));
      }
    }
    return Optional.empty();
  }
}
