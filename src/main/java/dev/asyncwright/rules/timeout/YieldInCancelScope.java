package dev.asyncwright.rules.timeout;

import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.LambdefContext;
import dev.asyncwright.python.antlr.PythonParser.WithStatementContext;
import dev.asyncwright.python.antlr.PythonParser.YieldExpressionContext;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.tree.ValueUse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * AW506: {@code yield} inside a timeout or a task group in an async generator. The generator is
 * suspended at the {@code yield} while its consumer runs, but the scope is still open: its deadline
 * or its cancellation lands in the consumer's code, which never asked for it (PEP 789), and the
 * scope's exit may run in another task or never.
 */
public final class YieldInCancelScope implements Rule {

  /**
   * The scopes, by qualified name, and whether each is entered with {@code async}: AW505's
   * timeouts, and the task groups and anyio's cancel scope.
   */
  private static final Map<String, Boolean> SCOPES = scopes();

  private static Map<String, Boolean> scopes() {
    Map<String, Boolean> scopes = new HashMap<>(TimeoutWithoutAwait.CONTEXTS);
    scopes.put("asyncio.TaskGroup", true);
    scopes.put("asyncio.taskgroups.TaskGroup", true);
    scopes.put("anyio.create_task_group", true);
    scopes.put("anyio.CancelScope", false);
    return Map.copyOf(scopes);
  }

  @Override
  public String code() {
    return "AW506";
  }

  @Override
  public String name() {
    return "yield-in-cancel-scope";
  }

  @Override
  public String fixSummary() {
    return "advice only (yield outside the scope)";
  }

  @Override
  public String finds() {
    return "`yield` inside a timeout or TaskGroup in an async generator";
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of(
        "timeout",
        "timeout_at",
        "TaskGroup",
        "create_task_group",
        "fail_after",
        "move_on_after",
        "CancelScope");
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A `yield` of an async generator (an `async def` that yields) inside `async with"
            + " asyncio.timeout(...)`, `timeout_at(...)` or `asyncio.TaskGroup()` (however"
            + " imported), `async_timeout`'s timeouts, or anyio's task groups and cancel scopes"
            + " (`fail_after`, `move_on_after`, `CancelScope`), as flake8-async's ASYNC119 and"
            + " PEP 789 describe it. Not reported in a generator decorated with anything but"
            + " `staticmethod`, `classmethod` or `abstractmethod`: `@asynccontextmanager` and"
            + " `@pytest.fixture` make a yield inside a scope the normal thing (the scope then"
            + " wraps the caller's block on purpose), and an unknown decorator may do the same.",
        "At the `yield` the generator stops and its consumer runs, but the scope is still open."
            + " A timeout that expires then cancels the consumer, at whatever it awaits, with an"
            + " error that names the generator's deadline; a task group's failure does the same."
            + " The consumer may also stop iterating, and the scope's exit then runs when the"
            + " generator is closed or collected, in another task or never. The scope was meant"
            + " for the generator's own waiting, not for its consumer's.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def rows(db):\n"
            + "    async with asyncio.timeout(10):\n"
            + "        async for row in db.query():\n"
            + "            yield row",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def rows(db):\n"
            + "    async with asyncio.timeout(10):\n"
            + "        found = [row async for row in db.query()]\n"
            + "    for row in found:\n"
            + "        yield row\n"
            + "\n"
            + "# or time each step: `async with asyncio.timeout(1): row = await anext(it)`",
        "Advice only: moving the `yield` out of the scope changes what is timed and when the"
            + " rows come (all at once above); which one the generator meant is the author's call.",
        "any");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    for (CallSite call : Callees.callsOf(model, SCOPES.keySet())) {
      if (!call.endsPrimary() || !(call.view().use() instanceof ValueUse.Entered entered)) {
        continue;
      }
      WithStatementContext with = entered.statement();
      String api = model.calleeName(call).orElseThrow();
      Optional<FunctionDefContext> generator = model.enclosingFunction(with);
      if ((with.ASYNC() != null) != SCOPES.get(api)
          || generator.isEmpty()
          || generator.get().ASYNC() == null
          || !model.undecorated(generator.get())) {
        continue;
      }
      ownYield(with)
          .ifPresent(
              yield ->
                  context.report(
                      Finding.of(
                          code(),
                          "`yield` inside `"
                              + api
                              + "()` in an async generator: while the consumer holds the"
                              + " value, the scope's cancellation lands in the consumer's code",
                          RuleContext.start(yield),
                          yield.getStart().getStopIndex() + 1)));
    }
  }

  /** The first {@code yield} of the block's own code (not of a function defined in it). */
  private static Optional<YieldExpressionContext> ownYield(WithStatementContext with) {
    Deque<ParseTree> nodes = new ArrayDeque<>();
    nodes.push(with.block());
    YieldExpressionContext first = null;
    while (!nodes.isEmpty()) {
      ParseTree node = nodes.pop();
      if (node instanceof YieldExpressionContext yield) {
        if (first == null || yield.getStart().getStartIndex() < first.getStart().getStartIndex()) {
          first = yield;
        }
        continue;
      }
      if (node instanceof FunctionDefContext
          || node instanceof LambdefContext
          || node instanceof ClassDefContext) {
        continue;
      }
      for (int i = 0; i < node.getChildCount(); i++) {
        nodes.push(node.getChild(i));
      }
    }
    return Optional.ofNullable(first);
  }
}
