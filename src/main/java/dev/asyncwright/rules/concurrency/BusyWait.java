package dev.asyncwright.rules.concurrency;

import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import dev.asyncwright.python.antlr.PythonParser.IfStatementContext;
import dev.asyncwright.python.antlr.PythonParser.NamedExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.WhileStatementContext;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.tree.ValueUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * AW702: a {@code while} loop in a coroutine that does nothing but test a condition and sleep: the
 * coroutine polls for what an {@code asyncio.Event} would tell it.
 */
public final class BusyWait implements Rule {

  private static final Set<String> SLEEP = Set.of("asyncio.sleep", "asyncio.tasks.sleep");

  /** Conditions that never change: {@code while True: await asyncio.sleep(60)} is no poll. */
  private static final Set<String> CONSTANT = Set.of("True", "1");

  @Override
  public String code() {
    return "AW702";
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
    return "advice only (wait on an `asyncio.Event`)";
  }

  @Override
  public String finds() {
    return "a `while` loop polling around `await asyncio.sleep()`";
  }

  @Override
  public String name() {
    return "busy-wait";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A `while` loop inside a coroutine whose body only polls a condition around `await"
            + " asyncio.sleep(...)` (however imported): `while not ready: await"
            + " asyncio.sleep(0.1)`, or `while True:` with just `if ready: break` (or `return`)"
            + " and the sleep. Loops that do anything else, conditions that await, and `while"
            + " True:` around a bare sleep (a keep-alive, not a poll) are not reported.",
        "Polling wakes the coroutine for nothing most of the time and still notices the change"
            + " only up to one interval late: it trades CPU and latency against each other"
            + " where neither is needed. Whatever makes the condition true can signal it"
            + " instead.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "class Service:\n"
            + "    def __init__(self):\n"
            + "        self.ready = False\n"
            + "\n"
            + "    async def wait_until_ready(self):\n"
            + "        while not self.ready:\n"
            + "            await asyncio.sleep(0.1)",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "class Service:\n"
            + "    def __init__(self):\n"
            + "        self.ready = asyncio.Event()  # what made it True now calls self.ready.set()\n"
            + "\n"
            + "    async def wait_until_ready(self):\n"
            + "        await self.ready.wait()\n"
            + "\n"
            + "# `asyncio.Event` for a flag, `asyncio.Condition` (`await cond.wait_for(predicate)`) for a\n"
            + "# predicate over shared state, a `Future` for a one-off result.",
        "Advice only: the code that changes the condition must be changed to signal it, and"
            + " it is usually elsewhere.",
        "any");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    for (CallSite call : Callees.callsOf(model, SLEEP)) {
      if (!call.endsPrimary() || !model.inCoroutine(call.primary())) {
        continue;
      }
      // `await asyncio.sleep(...)`, a statement alone on its line
      ValueUse use = call.view().use();
      if (!(use instanceof ValueUse.Awaited) || !Statements.isWholeStatement(use)) {
        continue;
      }
      Optional<WhileStatementContext> loop = pollingLoop(context, call);
      if (loop.isEmpty() || !PolledState.isOwn(model, polled(loop.get()))) {
        continue;
      }
      NamedExpressionContext condition = loop.get().namedExpression();
      context.report(
          Finding.of(
              code(),
              "Busy-wait: this loop polls with `asyncio.sleep()`; wait on an `asyncio.Event` or"
                  + " `asyncio.Condition` that is set when the condition changes",
              RuleContext.start(loop.get()),
              RuleContext.end(condition)));
    }
  }

  /** The {@code while} loop the sleep is the polling pause of, if the loop does nothing else. */
  private static Optional<WhileStatementContext> pollingLoop(RuleContext context, CallSite sleep) {
    SimpleStatementContext statement = Statements.aloneStatement(sleep.primary()).orElseThrow();
    SimpleStatementsContext line = (SimpleStatementsContext) statement.getParent();
    ParserRuleContext parent = line.getParent();
    StatementContext own = null;
    if (parent instanceof StatementContext wrapper) {
      own = wrapper;
      parent = wrapper.getParent();
    }
    if (!(parent instanceof BlockContext block)
        || !(block.getParent() instanceof WhileStatementContext loop)
        || loop.block() != block
        || awaits(loop.namedExpression())) {
      return Optional.empty();
    }
    boolean constant = CONSTANT.contains(loop.namedExpression().getText());
    if (own == null) {
      return constant ? Optional.empty() : Optional.of(loop); // while cond: await sleep(...)
    }
    List<StatementContext> body = block.statement();
    if (body.size() == 1) {
      return constant ? Optional.empty() : Optional.of(loop);
    }
    if (body.size() == 2) {
      StatementContext other = body.get(0) == own ? body.get(1) : body.get(0);
      if (isExitTest(other)) {
        return Optional.of(loop);
      }
    }
    return Optional.empty();
  }

  /** The conditions a polling loop tests: the loop's own, and its exit test's. */
  private static List<ParseTree> polled(WhileStatementContext loop) {
    List<ParseTree> conditions = new ArrayList<>(List.of(loop.namedExpression()));
    for (StatementContext statement : loop.block().statement()) {
      if (statement.compoundStatement() != null
          && statement.compoundStatement().ifStatement() != null) {
        conditions.add(statement.compoundStatement().ifStatement().namedExpression());
      }
    }
    return conditions;
  }

  /** {@code if cond: break} (or {@code return [value]}), without elif or else. */
  private static boolean isExitTest(StatementContext statement) {
    IfStatementContext test =
        statement.compoundStatement() == null ? null : statement.compoundStatement().ifStatement();
    if (test == null
        || !test.elifClause().isEmpty()
        || test.elseClause() != null
        || awaits(test.namedExpression())) {
      return false;
    }
    BlockContext block = test.block();
    SimpleStatementsContext line = block.simpleStatements();
    if (line == null
        && block.statement().size() == 1
        && block.statement(0).simpleStatements() != null) {
      line = block.statement(0).simpleStatements();
    }
    if (line == null || line.simpleStatement().size() != 1) {
      return false;
    }
    SimpleStatementContext exit = line.simpleStatement(0);
    return exit.breakStatement() != null
        || (exit.returnStatement() != null && !awaits(exit.returnStatement()));
  }

  /** Whether an {@code await} appears anywhere in the node. */
  private static boolean awaits(ParseTree node) {
    if (node instanceof TerminalNode terminal) {
      return terminal.getSymbol().getType() == PythonLexer.AWAIT;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (awaits(node.getChild(i))) {
        return true;
      }
    }
    return false;
  }
}
