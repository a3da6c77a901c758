package dev.asyncwright.rules.timeout;

import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.WithStatementContext;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.tree.ValueUse;
import java.util.Map;
import java.util.Set;

/**
 * AW505: a timeout context whose body never awaits. A timeout only acts where the task waits: at an
 * {@code await} (or {@code async for}, {@code async with}) it can be cancelled; code that never
 * waits runs to its end whatever the deadline, so the context times nothing out.
 */
public final class TimeoutWithoutAwait implements Rule {

  /** The timeout contexts, by qualified name, and whether each is entered with {@code async}. */
  static final Map<String, Boolean> CONTEXTS =
      Map.of(
          "asyncio.timeout", true,
          "asyncio.timeout_at", true,
          "asyncio.timeouts.timeout", true,
          "asyncio.timeouts.timeout_at", true,
          "async_timeout.timeout", true,
          "async_timeout.timeout_at", true,
          "anyio.fail_after", false,
          "anyio.move_on_after", false);

  @Override
  public String code() {
    return "AW505";
  }

  @Override
  public String name() {
    return "timeout-without-await";
  }

  @Override
  public String fixSummary() {
    return "advice only (drop the context, or await inside it)";
  }

  @Override
  public String finds() {
    return "a timeout context whose body never awaits";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("timeout", "timeout_at", "fail_after", "move_on_after");
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A timeout context, `async with asyncio.timeout(...)` or `asyncio.timeout_at(...)`"
            + " (however imported), `async_timeout.timeout(...)` or `timeout_at(...)`, or anyio's"
            + " `with fail_after(...)` / `with move_on_after(...)`, whose block holds no `await`,"
            + " `async for`, `async with` or `yield` at all (also none in a nested function:"
            + " where the rule cannot tell, it is silent), as Ruff's and flake8-async's ASYNC100"
            + " find it. Not reported when the `async with` enters other items too (entering or"
            + " leaving them may wait inside the timeout: a TaskGroup's exit waits for its tasks),"
            + " nor where the code is about the context itself: when it names"
            + " the context (`as cm`) to look at it, or when the block only passes or raises (how"
            + " the context lets an exception through, as the tests of timeout libraries try).",
        "A timeout cancels the task at the point where it waits. A block that never waits runs to"
            + " its end however long it takes, so the deadline is never enforced: the context"
            + " suggests a protection the code does not have. Either the work inside was meant to"
            + " be awaited (a coroutine called without `await`, a blocking call that belongs in"
            + " `asyncio.to_thread()`), or the context can go.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def load(cache, key):\n"
            + "    async with asyncio.timeout(5):\n"
            + "        return cache.get(key)",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def load(cache, key):\n"
            + "    return cache.get(key)\n"
            + "\n"
            + "# or, when the work was meant to wait:\n"
            + "#     async with asyncio.timeout(5):\n"
            + "#         return await cache.fetch(key)",
        "Advice only: dropping the context is not the same program in every case (entering it"
            + " checks its argument and, for `asyncio.timeout()`, that a task is running), and the"
            + " right change may be to await the work instead.",
        "any");
  }

  @Override
  public void check(RuleContext context) {
    for (CallSite call : Callees.callsOf(context.model(), CONTEXTS.keySet())) {
      if (!call.endsPrimary() || !(call.view().use() instanceof ValueUse.Entered entered)) {
        continue;
      }
      WithStatementContext with = entered.statement();
      String api = context.model().calleeName(call).orElseThrow();
      if ((with.ASYNC() != null) != CONTEXTS.get(api)
          || waits(context, with)
          || entered.item().AS() != null
          // another item of the statement is entered and left inside the timeout, and may wait
          // there (a TaskGroup's exit waits for its tasks)
          || with.withItem().size() > 1
          || onlyPassesOrRaises(with)) {
        continue;
      }
      context.report(
          Finding.of(
              code(),
              "`"
                  + api
                  + "()` times nothing out: its block never awaits, so it runs to its end"
                  + " whatever the deadline",
              call.view().start(),
              call.view().end()));
    }
  }

  /**
   * Whether the block only passes or raises: code that tries the context itself (how it lets an
   * exception through, what it does when left at once), as the tests of timeout libraries do, not
   * work it should time. A context named with {@code as} is left alone for the same reason: the
   * code looks at it.
   */
  private static boolean onlyPassesOrRaises(WithStatementContext with) {
    return Statements.simpleOnly(with.block())
        .filter(
            simple ->
                simple.stream()
                    .allMatch(
                        line -> line.passStatement() != null || line.raiseStatement() != null))
        .isPresent();
  }

  /** Whether the block holds an {@code await}, {@code async} or {@code yield} anywhere. */
  private static boolean waits(RuleContext context, WithStatementContext with) {
    return context
        .firstToken(with.block(), PythonParser.AWAIT, PythonParser.ASYNC, PythonParser.YIELD)
        .isPresent();
  }
}
