package dev.asyncwright.rules.tasks;

import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.Optional;
import java.util.Set;

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
  public String name() {
    return "unchecked-gather-exceptions";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "`await asyncio.gather(..., return_exceptions=True)` (however imported) as a statement"
            + " of its own, or assigned to `_`: the list of results, where the exceptions are,"
            + " is thrown away. A `return_exceptions` that is not the literal `True` is not"
            + " reported.",
        "With `return_exceptions=True`, `gather()` does not raise: a failed awaitable's"
            + " exception is returned in its place in the result list. Throwing that list away"
            + " silently swallows every failure, `CancelledError` of a child included, which is"
            + " rarely what the author meant.",
        "async def refresh(caches):\n"
            + "    await asyncio.gather(*(c.refresh() for c in caches), return_exceptions=True)",
        "async def refresh(caches):\n"
            + "    results = await asyncio.gather(\n"
            + "        *(c.refresh() for c in caches), return_exceptions=True\n"
            + "    )\n"
            + "    for cache, result in zip(caches, results):\n"
            + "        if isinstance(result, BaseException):\n"
            + "            log.warning(\"refreshing %s failed\", cache, exc_info=result)",
        "Display-only: what to do with a failure (log it, re-raise it, retry) is the"
            + " author's decision. If failures should propagate, drop `return_exceptions=True`;"
            + " if they are expected, look at the results and log or handle the exceptions.",
        "any");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    for (CallSite call : Callees.callsOf(model, GATHER)) {
      if (!call.endsPrimary()
          || model.calleeName(call).filter(GATHER::contains).isEmpty()
          || !returnsExceptions(call)
          || !context.isAwaited(call.primary())
          || !(Statements.isWholeStatement(call.primary()) || assignedToUnderscore(call))) {
        continue;
      }
      context.report(
          Finding.of(
              code(),
              "The exceptions `gather(..., return_exceptions=True)` returns are thrown away:"
                  + " check the results, or let failures raise",
              RuleContext.start(call.primary()),
              RuleContext.end(call.call())));
    }
  }

  private static boolean returnsExceptions(CallSite call) {
    Optional<ValueArgumentContext> keyword = call.keyword("return_exceptions");
    return keyword.isPresent() && keyword.get().expression(1).getText().equals("True");
  }

  private static boolean assignedToUnderscore(CallSite call) {
    return Statements.assignmentOf(call.primary())
        .flatMap(Statements::targetName)
        .filter("_"::equals)
        .isPresent();
  }
}
