package dev.asyncwright.rules.tasks;

import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * AW301: tasks made with {@code asyncio.create_task()} one after the other and then awaited one by
 * one. When an early one fails, its {@code await} raises and the later tasks run on unobserved; a
 * TaskGroup cancels them and waits for them.
 */
public final class ManualTasks implements Rule {

  private static final Set<String> CREATE_TASK =
      Set.of("asyncio.create_task", "asyncio.tasks.create_task");

  /** The keywords {@code TaskGroup.create_task()} takes as {@code asyncio.create_task()} does. */
  static final Set<String> KEYWORDS = Set.of("name", "context");

  @Override
  public String code() {
    return "AW301";
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("create_task");
  }

  @Override
  public String fixSummary() {
    return "`async with asyncio.TaskGroup() as tg:` around the tasks";
  }

  @Override
  public String finds() {
    return "`create_task()` assignments awaited one by one";
  }

  /** {@code asyncio.TaskGroup} came in 3.11. */
  @Override
  public Optional<PythonVersion> adviceNeeds() {
    return Optional.of(new PythonVersion(11));
  }

  @Override
  public String name() {
    return "manual-tasks";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Two or more consecutive statements `t = asyncio.create_task(...)` (however imported) in"
            + " a coroutine whose tasks are each awaited later (`await t`, `x = await t`) in the"
            + " same block. `loop.create_task()` is not reported (the loop need not be the"
            + " running one); `ensure_future()` is once AW304 has made it `create_task()`. Not"
            + " reported where the code handles a task's own failure: when an `await` of the"
            + " tasks (or their creation) stands in a `with pytest.raises(...)`, `with"
            + " self.assertRaises(...)`, `with contextlib.suppress(...)` or the body of a `try`"
            + " with `except` clauses in the same function (a TaskGroup would turn the expected"
            + " exception into an `ExceptionGroup`); nor when every task runs a cleanup call"
            + " (`ws.close()`, `s.stop()`...), meant to run whatever the others do.",
        "When a task awaited first fails, its `await` raises and the function leaves while the"
            + " other tasks run on: nobody waits for them, their failures are lost (\"Task"
            + " exception was never retrieved\"), and they may be garbage-collected mid-way. An"
            + " `asyncio.TaskGroup` cancels the rest at the first failure and returns only when"
            + " every task is done.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def load(uid):\n"
            + "    user_task = asyncio.create_task(fetch_user(uid))\n"
            + "    orders_task = asyncio.create_task(fetch_orders(uid))\n"
            + "    log.info(\"loading %s\", uid)\n"
            + "    user = await user_task\n"
            + "    orders = await orders_task\n"
            + "    return user, orders",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def load(uid):\n"
            + "    async with asyncio.TaskGroup() as tg:\n"
            + "        user_task = tg.create_task(fetch_user(uid))\n"
            + "        orders_task = tg.create_task(fetch_orders(uid))\n"
            + "        log.info(\"loading %s\", uid)\n"
            + "    user = user_task.result()\n"
            + "    orders = orders_task.result()\n"
            + "    return user, orders",
        "Unsafe, because failures behave differently: the first failure cancels the other"
            + " tasks, and errors arrive as an `ExceptionGroup` (even a single one), so `except"
            + " ValueError:` in a caller no longer catches them: use `except* ValueError:` or"
            + " handle the `ExceptionGroup`. The statements between the last"
            + " `create_task()` and the first `await` move into the block, where they still run"
            + " while the tasks run (an exception they raise now cancels the tasks and arrives in"
            + " the `ExceptionGroup` too); no fix when one of them awaits (`await`, `async for`,"
            + " `async with`), since a failing task would cancel it there, where it used to run to"
            + " its end. The awaits, after the block, become `t.result()` (a bare"
            + " `await t` goes away): they came one right after the other, so nothing that ran"
            + " between them runs later now."
            + " `name=` and `context=` stay on `tg.create_task()`. The block is named `tg` (or"
            + " `tg2`... when the function uses that name). No fix unless the awaits come one"
            + " right after the other, each task's only other mention is its `await`, nothing"
            + " between the tasks and the awaits `return`s, `break`s, `continue`s or `yield`s (the"
            + " block would wait for the tasks first), and every statement stands on its own"
            + " line.",
        "3.11 (`asyncio.TaskGroup`)");
  }

  /** {@code name = asyncio.create_task(...)}: a statement of the block, and what it binds. */
  record Create(
      StatementContext statement, SimpleStatementContext simple, String name, CallSite call) {

    /** The name as the assignment's target. */
    PrimaryContext target() {
      ExpressionStatementContext assignment = simple.expressionStatement();
      return Statements.single(assignment.starExpressions())
          .flatMap(Statements::soleOperand)
          .orElseThrow();
    }
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    Map<StatementContext, Create> creates = new LinkedHashMap<>();
    for (CallSite call : Callees.callsOf(model, CREATE_TASK)) {
      if (!call.endsPrimary()
          || context.isAwaited(call.primary())
          || !model.inCoroutine(call.primary())) {
        continue;
      }
      Optional<ExpressionStatementContext> assignment = Statements.assignmentOf(call.primary());
      Optional<String> name = assignment.flatMap(Statements::targetName);
      if (name.isPresent()
          && assignment.get().getParent() instanceof SimpleStatementContext simple
          && simple.getParent() instanceof SimpleStatementsContext line
          && line.simpleStatement().size() == 1
          && line.getParent() instanceof StatementContext statement
          && statement.getParent() instanceof BlockContext) {
        creates.put(statement, new Create(statement, simple, name.get(), call));
      }
    }
    Set<StatementContext> seen = new HashSet<>();
    for (Create create : creates.values()) {
      if (!seen.add(create.statement())) {
        continue;
      }
      List<StatementContext> block = ((BlockContext) create.statement().getParent()).statement();
      int first = block.indexOf(create.statement());
      List<Create> run = new ArrayList<>();
      for (int i = first; i < block.size() && creates.containsKey(block.get(i)); i++) {
        seen.add(block.get(i));
        run.add(creates.get(block.get(i)));
      }
      for (List<Create> tasks : awaitedRuns(context, block, first + run.size(), run)) {
        if (failureHandled(context, block.subList(first + run.size(), block.size()), tasks)
            || tasks.stream().allMatch(task -> closes(task.call()))) {
          continue;
        }
        Finding finding =
            Finding.of(
                code(),
                "These tasks are awaited one by one: an `asyncio.TaskGroup` cancels the others"
                    + " when one fails",
                RuleContext.start(tasks.get(0).simple()),
                RuleContext.end(tasks.get(tasks.size() - 1).call().call()));
        ManualTasksRewrite.proposal(context, block, tasks).report(context, finding);
      }
    }
  }

  /**
   * Whether the function handles the failure of a task where it awaits it: an {@code await} of one
   * of the tasks (or their creation) stands in a {@code with pytest.raises(...)}, {@code with
   * self.assertRaises(...)}, {@code with contextlib.suppress(...)} or the body of a {@code try}
   * with {@code except} clauses. There the author expects the task's own exception, which a
   * TaskGroup would turn into an {@code ExceptionGroup}.
   */
  private static boolean failureHandled(
      RuleContext context, List<StatementContext> later, List<Create> tasks) {
    Set<String> names = new HashSet<>();
    tasks.forEach(create -> names.add(create.name()));
    List<ParseTree> spots = new ArrayList<>();
    spots.add(tasks.get(0).statement());
    later.forEach(statement -> collectAwaits(context, statement, names, spots));
    ModuleModel model = context.model();
    return spots.stream()
        .anyMatch(
            spot ->
                TaskGroups.expectsRaiseInFunction(model, spot)
                    || TaskGroups.caughtInFunction(spot)
                    || TaskGroups.suppressedInFunction(model, spot));
  }

  private static void collectAwaits(
      RuleContext context, ParseTree node, Set<String> names, List<ParseTree> found) {
    if (node instanceof PrimaryContext primary
        && Statements.bareName(primary).filter(names::contains).isPresent()
        && context.isAwaited(primary)) {
      found.add(primary);
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collectAwaits(context, node.getChild(i), names, found);
    }
  }

  /**
   * Whether a {@code create_task()} runs a cleanup call ({@code ws.close()}): tasks that close
   * things concurrently mean each to run whatever the others do, where a TaskGroup would cancel
   * them at the first failure.
   */
  private static boolean closes(CallSite create) {
    return create.positional().size() == 1
        && Awaitables.callIn(create.positional().get(0).expression(0))
            .filter(TaskGroups::isCleanupCall)
            .isPresent();
  }

  /**
   * The stretches of two or more creates, one after the other, of distinct names that a later
   * statement of the block awaits.
   */
  private static List<List<Create>> awaitedRuns(
      RuleContext context, List<StatementContext> block, int after, List<Create> creates) {
    List<Token> tokens = context.model().module().tokens();
    List<List<Create>> runs = new ArrayList<>();
    List<Create> current = new ArrayList<>();
    for (Create create : creates) {
      boolean awaited =
          block.subList(after, block.size()).stream()
              .anyMatch(later -> awaits(tokens, later, create.name()));
      boolean repeated = current.stream().anyMatch(c -> c.name().equals(create.name()));
      if (!awaited || repeated) {
        if (current.size() >= 2) {
          runs.add(current);
        }
        current = new ArrayList<>();
      }
      if (awaited) {
        current.add(create);
      }
    }
    if (current.size() >= 2) {
      runs.add(current);
    }
    return runs;
  }

  /** Whether {@code await name} (the bare name, no attribute or call after it) occurs. */
  static boolean awaits(List<Token> tokens, ParseTree node, String name) {
    Token previous = null;
    Token beforePrevious = null;
    for (Token token : tokensOf(tokens, node)) {
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (previous != null
          && beforePrevious != null
          && beforePrevious.getType() == PythonLexer.AWAIT
          && previous.getType() == PythonLexer.NAME
          && previous.getText().equals(name)
          && !List.of(".", "(", "[").contains(token.getText())) {
        return true;
      }
      beforePrevious = previous;
      previous = token;
    }
    return false;
  }

  /** The tokens a node spans. */
  static List<Token> tokensOf(List<Token> tokens, ParseTree node) {
    Interval interval = node.getSourceInterval();
    return tokens.subList(interval.a, interval.b + 1);
  }
}
