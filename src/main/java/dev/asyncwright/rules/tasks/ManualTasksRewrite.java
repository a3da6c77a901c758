package dev.asyncwright.rules.tasks;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.BlockRewrite;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.fix.Indentation;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.BreakStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.ContinueStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ForStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.LambdefContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.ReturnStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.WhileStatementContext;
import dev.asyncwright.python.antlr.PythonParser.YieldExpressionContext;
import dev.asyncwright.rules.FixProposal;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.Names;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.rules.tasks.ManualTasks.Create;
import dev.asyncwright.rules.tasks.TaskGroups.AwaitStatement;
import dev.asyncwright.rules.tasks.TaskGroups.TaskGroupClass;
import dev.asyncwright.rules.tasks.TaskGroups.Use;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * AW301's rewrite: a run of {@code name = asyncio.create_task(...)} statements awaited one by one,
 * once {@link ManualTasks} has found it, as an {@code async with asyncio.TaskGroup() as tg:} block
 * whose awaits become the tasks' results; or why it cannot be.
 */
final class ManualTasksRewrite {

  private ManualTasksRewrite() {}

  /** Whether a name of the set is mentioned (not as an attribute after a dot). */
  private static boolean mentions(List<Token> tokens, ParseTree node, Set<String> names) {
    Token previous = null;
    for (Token token : ManualTasks.tokensOf(tokens, node)) {
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (token.getType() == PythonLexer.NAME
          && names.contains(token.getText())
          && (previous == null || previous.getType() != PythonLexer.DOT)) {
        return true;
      }
      previous = token;
    }
    return false;
  }

  private static final String NOT_ONE_BY_ONE =
      "the tasks are not awaited one right after the other in this block";

  /** The TaskGroup block for the run of tasks in {@code block}, or why none is offered. */
  static FixProposal proposal(
      RuleContext context, List<StatementContext> block, List<Create> tasks) {
    ModuleModel model = context.model();
    List<Token> tokens = model.module().tokens();
    for (Create create : tasks) {
      if (TaskGroups.indentation(context.source(), create.simple()).isEmpty()) {
        return FixProposal.withhold("a `create_task()` statement shares its line with another");
      }
      if (!takesTaskGroupArguments(create.call())) {
        return FixProposal.withhold(
            "`create_task()` is given more than a coroutine, `name=` and `context=`");
      }
    }
    Set<String> names = new HashSet<>();
    tasks.forEach(create -> names.add(create.name()));
    int last = block.indexOf(tasks.get(tasks.size() - 1).statement());
    int firstAwait = last + 1;
    while (firstAwait < block.size() && !mentions(tokens, block.get(firstAwait), names)) {
      firstAwait++;
    }
    List<StatementContext> between = block.subList(last + 1, firstAwait);
    for (StatementContext statement : between) {
      if (leavesEarly(statement, false)) {
        return FixProposal.withhold(
            "a statement between the tasks and their awaits can `return`, `break`, `continue` or"
                + " `yield`, where the block would first wait for the tasks");
      }
      if (suspends(statement)) {
        return FixProposal.withhold(
            "a statement between the tasks and their awaits awaits (`await`, `async for`, `async"
                + " with`): in the block, a failing task would cancel it there, where it used to"
                + " run to its end");
      }
    }
    // the awaits: one statement per task, right after one another
    Map<String, AwaitStatement> awaits = new LinkedHashMap<>();
    Map<PrimaryContext, String> awaited = new IdentityHashMap<>();
    for (int i = firstAwait; i < firstAwait + tasks.size(); i++) {
      if (i >= block.size()) {
        return FixProposal.withhold(NOT_ONE_BY_ONE);
      }
      SimpleStatementsContext line = block.get(i).simpleStatements();
      if (line == null) {
        return FixProposal.withhold(NOT_ONE_BY_ONE);
      }
      if (line.simpleStatement().size() > 1) {
        return FixProposal.withhold("an `await` statement shares its line with another");
      }
      Optional<PrimaryContext> primary = awaitedTask(line.simpleStatement(0), names);
      String name = primary.map(p -> p.getStart().getText()).orElse("");
      if (primary.isEmpty() || awaits.containsKey(name)) {
        return FixProposal.withhold(NOT_ONE_BY_ONE);
      }
      awaits.put(name, TaskGroups.awaitStatement(primary.get()).orElseThrow());
      awaited.put(primary.get(), name);
    }
    FunctionDefContext function =
        model.enclosingFunction(tasks.get(0).call().primary()).orElseThrow();
    for (Create create : tasks) {
      PrimaryContext target = create.target();
      if (!Names.onlyMentionedBy(
          model,
          create.name(),
          function,
          mention -> mention == target || create.name().equals(awaited.get(mention)))) {
        return FixProposal.withhold(
            "`" + create.name() + "` is used elsewhere than in its `await`");
      }
    }
    return FixProposal.offer(fix(context, function, tasks, between, awaits));
  }

  /**
   * The rewrite: the block opens where the first task is made and holds the tasks and the
   * statements between them and their awaits, one unit further in (one edit, so that no other fix
   * can change lines inside it unseen); each await becomes {@code .result()} or goes.
   */
  private static Fix fix(
      RuleContext context,
      FunctionDefContext function,
      List<Create> tasks,
      List<StatementContext> between,
      Map<String, AwaitStatement> awaits) {
    SourceFile source = context.source();
    List<Token> tokens = context.model().module().tokens();
    Indentation indentation = TaskGroups.indentation(source, tasks.get(0).simple()).orElseThrow();
    String tg = TaskGroups.freeName(context.model(), function, "tg", false, Set.of());
    TaskGroupClass taskGroup = TaskGroups.taskGroupClass(context, tasks.get(0).call().primary());
    StatementContext end =
        between.isEmpty()
            ? tasks.get(tasks.size() - 1).statement()
            : between.get(between.size() - 1);
    int start = RuleContext.start(tasks.get(0).simple());
    int stop = Lines.lineBreak(tokens, end).getStartIndex();
    List<Edit> inside = new ArrayList<>();
    for (Create create : tasks) {
      inside.add(
          new Edit(
              RuleContext.start(create.call().primary()),
              RuleContext.start(create.call().call()),
              tg + ".create_task"));
    }
    // the lines after the first, one unit further in at their very start (an indentation of
    // tabs and spaces mixed keeps its characters behind the new unit)
    inside.addAll(
        BlockRewrite.indentLines(
            source, tokens, BlockRewrite.nextLine(source, start), stop, "", indentation.unit()));
    List<Edit> edits = new ArrayList<>();
    edits.add(
        new Edit(
            start,
            stop,
            BlockRewrite.opening(
                    taskGroup.name() + "() as " + tg, Lines.newline(source), indentation)
                + BlockRewrite.rewritten(source, start, stop, inside)));
    awaits.forEach((name, statement) -> edits.add(result(context, name, statement)));
    taskGroup.importEdit().ifPresent(edits::add);
    return new Fix(
        "Create the tasks in an `asyncio.TaskGroup` block",
        Applicability.UNSAFE,
        TaskGroups.NEEDS,
        edits);
  }

  /** Whether the call gives {@code create_task()} only what {@code tg.create_task()} takes. */
  private static boolean takesTaskGroupArguments(CallSite call) {
    if (call.hasUnpacking() || call.positional().size() != 1) {
      return false;
    }
    for (ArgumentContext argument : call.arguments()) {
      if (argument instanceof ValueArgumentContext value
          && value.EQUAL() != null
          && !ManualTasks.KEYWORDS.contains(value.expression(0).getText())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a statement can leave the code around it other than by raising: {@code return}, {@code
   * yield}, or a {@code break} or {@code continue} of no loop inside it. Nested functions and
   * classes do not count.
   */
  private static boolean leavesEarly(ParseTree node, boolean inLoop) {
    if (node instanceof FunctionDefContext
        || node instanceof ClassDefContext
        || node instanceof LambdefContext) {
      return false;
    }
    if (node instanceof ReturnStatementContext || node instanceof YieldExpressionContext) {
      return true;
    }
    if ((node instanceof BreakStatementContext || node instanceof ContinueStatementContext)
        && !inLoop) {
      return true;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      ParseTree child = node.getChild(i);
      // a loop's own block is a loop for break and continue; its else clause is not
      boolean loopBody =
          (node instanceof ForStatementContext loop && child == loop.block())
              || (node instanceof WhileStatementContext loop2 && child == loop2.block());
      if (leavesEarly(child, inLoop || loopBody)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a statement can suspend the coroutine: an {@code await}, {@code async for} or {@code
   * async with} (in a comprehension too), other than in the body of a nested function or lambda,
   * which does not run here.
   */
  private static boolean suspends(ParseTree node) {
    if (node instanceof TerminalNode terminal) {
      int type = terminal.getSymbol().getType();
      return type == PythonLexer.AWAIT || type == PythonLexer.ASYNC;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      ParseTree child = node.getChild(i);
      boolean body =
          (node instanceof FunctionDefContext function
                  && (child == function.block() || child == function.ASYNC()))
              || (node instanceof LambdefContext lambda && child == lambda.expression());
      if (!body && suspends(child)) {
        return true;
      }
    }
    return false;
  }

  /** The awaited task in a statement {@code [x =] await <task>}, if that is what it is. */
  private static Optional<PrimaryContext> awaitedTask(
      SimpleStatementContext statement, Set<String> names) {
    return findAwaited(statement, names)
        .filter(
            primary ->
                TaskGroups.awaitStatement(primary)
                    .filter(found -> found.statement() == statement)
                    .isPresent());
  }

  private static Optional<PrimaryContext> findAwaited(ParseTree node, Set<String> names) {
    if (node instanceof PrimaryContext primary
        && Statements.bareName(primary).filter(names::contains).isPresent()) {
      return Optional.of(primary);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      Optional<PrimaryContext> found = findAwaited(node.getChild(i), names);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The edit for {@code [x =] await t} after the block: {@code [x =] t.result()}, or nothing. */
  private static Edit result(RuleContext context, String name, AwaitStatement statement) {
    SourceFile source = context.source();
    List<Token> tokens = context.model().module().tokens();
    SimpleStatementContext simple = statement.statement();
    if (statement.use() != Use.DISCARDED) {
      return new Edit(statement.awaitStart(), RuleContext.end(simple), name + ".result()");
    }
    Optional<Edit> whole = Lines.deleteLines(source, tokens, simple);
    if (whole.isPresent()) {
      return whole.get();
    }
    // a comment ends the line: it stays where the statement was
    Token comment = TaskGroups.commentAfter(tokens, simple.getStop().getTokenIndex()).orElseThrow();
    return Edit.delete(RuleContext.start(simple), comment.getStartIndex());
  }
}
