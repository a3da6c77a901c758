package dev.asyncwright.rules.tasks;

import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.ExceptClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExceptStarClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.StarArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.CleanupCalls;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.TestCode;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.tree.Argument;
import dev.asyncwright.tree.Attribute;
import dev.asyncwright.tree.Expression;
import dev.asyncwright.tree.Name;
import dev.asyncwright.tree.Subscript;
import dev.asyncwright.tree.ValueUse;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * AW305: {@code await asyncio.gather(..., return_exceptions=True)} whose result is thrown away: the
 * exceptions it returned are never looked at.
 */
public final class UncheckedGatherExceptions implements Rule {

  private static final Set<String> GATHER = Set.of("asyncio.gather", "asyncio.tasks.gather");

  @Override
  public String code() {
    return "AW305";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("return_exceptions");
  }

  @Override
  public String fixSummary() {
    return "advice only";
  }

  @Override
  public String finds() {
    return "the results of `gather(..., return_exceptions=True)` thrown away";
  }

  @Override
  public String name() {
    return "unchecked-gather-exceptions";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "`await asyncio.gather(..., return_exceptions=True)` (however imported) as a statement"
            + " of its own, or assigned to `_`: the list of results, where the exceptions are,"
            + " is thrown away. A `return_exceptions` that is not the literal `True` is not"
            + " reported. Nor are the gathers that wait for things to settle, where throwing the"
            + " failures away is the point: when every awaitable is one made before (a name or"
            + " an attribute, starred or not: `*tasks`, `*self._tasks`) or a call of a cleanup"
            + " method (`close`, `aclose`, `wait_closed`, `shutdown`, `stop`, `cancel`,"
            + " `disconnect`, `release`, `terminate`, `cleanup`, `dispose`, with or without"
            + " leading underscores), alone or in a comprehension (`*(c.close() for c in"
            + " conns)`); when the gather stands in a `finally` block, an `except` handler, or a"
            + " function whose name says it cleans up (`close`, `aclose`, `__aexit__`, `stop`,"
            + " `shutdown`, `cleanup`, `teardown`...); and in test code (a file pytest collects,"
            + " `conftest.py`, or a module importing `pytest` or `unittest`), where a test drops"
            + " failures on purpose. Fresh work (`*(fetch(u) for u in urls)`) gathered elsewhere"
            + " is reported.",
        "With `return_exceptions=True`, `gather()` does not raise: a failed awaitable's"
            + " exception is returned in its place in the result list. Throwing that list away"
            + " silently swallows every failure, `CancelledError` of a child included, which is"
            + " rarely what the author meant.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def refresh(caches):\n"
            + "    await asyncio.gather(*(c.refresh() for c in caches), return_exceptions=True)",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def refresh(caches):\n"
            + "    results = await asyncio.gather(\n"
            + "        *(c.refresh() for c in caches), return_exceptions=True\n"
            + "    )\n"
            + "    for cache, result in zip(caches, results):\n"
            + "        if isinstance(result, BaseException):\n"
            + "            log.warning(\"refreshing %s failed\", cache, exc_info=result)",
        "Advice only: what to do with a failure (log it, re-raise it, retry) is the"
            + " author's decision. If failures should propagate, drop `return_exceptions=True`;"
            + " if they are expected, look at the results and log or handle the exceptions.",
        "any");
  }

  @Override
  public void check(RuleContext context) {
    if (TestCode.isTestModule(context)) {
      return;
    }
    ModuleModel model = context.model();
    for (CallSite call : Callees.callsOf(model, GATHER)) {
      if (!call.endsPrimary()
          || !returnsExceptions(call)
          || !resultThrownAway(call)
          || onlySettles(call)
          || TaskGroups.inCleanup(call.primary())
          || inExceptHandler(call.primary())) {
        continue;
      }
      context.report(
          Finding.of(
              code(),
              "The exceptions `gather(..., return_exceptions=True)` returns are thrown away:"
                  + " check the results, or let failures raise",
              call.view().start(),
              call.view().end()));
    }
  }

  /**
   * Whether every awaitable gather is handed is one already running or a cleanup: a name or an
   * attribute, starred or not ({@code *tasks}, {@code *self._tasks}, {@code task}), or a call of a
   * cleanup method ({@code conn.close()}), alone or as the element of a comprehension ({@code *(c
   * .close() for c in conns)}). Such a gather waits for things to settle, and what fails then is
   * the business of whoever made them.
   */
  private static boolean onlySettles(CallSite call) {
    boolean anyAwaitable = false;
    for (ArgumentContext argument : call.arguments()) {
      ExpressionContext awaitable;
      if (argument instanceof StarArgumentContext star) {
        awaitable = Awaitables.comprehensionElement(star).orElse(star.expression());
      } else if (argument instanceof ValueArgumentContext value && value.EQUAL() != null) {
        continue;
      } else if (argument instanceof ValueArgumentContext value
          && value.COLONEQUAL() == null
          && value.comprehension() == null) {
        awaitable = value.expression(0);
      } else {
        return false;
      }
      if (!isRunning(awaitable) && !CleanupCalls.isCleanupCall(awaitable)) {
        return false;
      }
      anyAwaitable = true;
    }
    return anyAwaitable;
  }

  /** Whether the expression names an awaitable made before, rather than calling for a new one. */
  private static boolean isRunning(ExpressionContext expression) {
    Expression value = Expression.of(expression);
    while (value instanceof Attribute || value instanceof Subscript) {
      value =
          value instanceof Attribute attribute ? attribute.object() : ((Subscript) value).object();
    }
    return value instanceof Name;
  }

  /**
   * Whether the node stands in an {@code except} handler of its own function: a gather there
   * settles what is left after a failure that is already being handled.
   */
  private static boolean inExceptHandler(ParseTree node) {
    for (ParseTree parent = node.getParent();
        parent != null && !(parent instanceof FunctionDefContext);
        parent = parent.getParent()) {
      if (parent instanceof ExceptClauseContext || parent instanceof ExceptStarClauseContext) {
        return true;
      }
    }
    return false;
  }

  private static boolean returnsExceptions(CallSite call) {
    return call.view()
        .keyword("return_exceptions")
        .flatMap(Argument::value)
        .filter(value -> value.context().getText().equals("True"))
        .isPresent();
  }

  /** {@code await gather(...)} alone on its line, or assigned to {@code _}. */
  private static boolean resultThrownAway(CallSite call) {
    if (!(call.view().use() instanceof ValueUse.Awaited awaited)) {
      return false;
    }
    ValueUse result = awaited.result();
    return (result instanceof ValueUse.Discarded && call.view().statement().isAlone())
        || (result instanceof ValueUse.Assigned assigned
            && assigned.name().filter(name -> name.identifier().equals("_")).isPresent());
  }
}
