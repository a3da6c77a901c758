package dev.asyncwright.rules.tasks;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Indentation;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.AnnotationContext;
import dev.asyncwright.python.antlr.PythonParser.AssignedValueContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FinallyClauseContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.ReturnStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.TryStatementContext;
import dev.asyncwright.python.antlr.PythonParser.WithItemContext;
import dev.asyncwright.python.antlr.PythonParser.WithStatementContext;
import dev.asyncwright.rules.Imports.ModuleReference;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.Names;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * What the two rewrites into an {@code async with asyncio.TaskGroup() as tg:} block (AW301, AW302)
 * share: the statements whose value is an {@code await}, the names the block introduces, how the
 * file spells {@code asyncio.TaskGroup}, and where the rewrite must not go.
 */
final class TaskGroups {

  private static final Set<String> SUPPRESS = Set.of("contextlib.suppress");

  private static final Set<String> CLEANUP_WORDS =
      Set.of(
          "close",
          "aclose",
          "closed",
          "aexit",
          "exit",
          "cleanup",
          "teardown",
          "tear",
          "shutdown",
          "stop",
          "terminate",
          "disconnect",
          "dispose",
          "release");

  private static final Set<String> RAISES = Set.of("pytest.raises", "_pytest.python_api.raises");

  private static final Set<String> ASSERT_RAISES = Set.of("assertRaises", "assertRaisesRegex");

  /** {@code asyncio.TaskGroup} came with Python 3.11. */
  static final PythonVersion NEEDS = new PythonVersion(11);

  private TaskGroups() {}

  /** What a statement does with the value of its {@code await}. */
  enum Use {
    /** {@code await x}: the value is thrown away. */
    DISCARDED,
    /** {@code a = await x}, {@code a, b = await x}, {@code a: T = await x}. */
    ASSIGNED,
    /** {@code return await x}. */
    RETURNED
  }

  /**
   * A statement whose whole value is {@code await <primary>}: the text before {@code await} ({@code
   * x, y = }, {@code return }, nothing) stays, the rest is rewritten.
   *
   * @param awaitStart where the {@code await} keyword starts
   * @param targets for {@code a, b = await x} (one {@code =}, no annotation), the targets
   */
  record AwaitStatement(
      SimpleStatementContext statement,
      Use use,
      int awaitStart,
      Optional<StarExpressionsContext> targets) {

    /** The text from the start of the statement to the {@code await}. */
    String prefix(RuleContext context) {
      return context.text(RuleContext.start(statement), awaitStart);
    }
  }

  /**
   * The indentation of a statement, if it stands alone on its line(s) in an indented block: then a
   * block can take its place.
   */
  static Optional<Indentation> indentation(SourceFile source, SimpleStatementContext statement) {
    if (Statements.aloneStatement(statement).isEmpty()) {
      return Optional.empty();
    }
    return Lines.blockIndentation(source, statement);
  }

  /** The statement {@code await primary} is the whole value of, if it is one. */
  static Optional<AwaitStatement> awaitStatement(PrimaryContext primary) {
    if (!(primary.getParent() instanceof OperationContext operation)
        || operation.getChildCount() != 2
        || operation.AWAIT().size() != 1
        || !(operation.getParent() instanceof ExpressionContext expression)
        || expression.getChildCount() != 1
        || !(expression.getParent() instanceof StarExpressionContext star)
        || !(star.getParent() instanceof StarExpressionsContext list)
        || Statements.single(list).isEmpty()) {
      return Optional.empty();
    }
    Optional<SimpleStatementContext> statement =
        Statements.ancestor(list, SimpleStatementContext.class);
    if (statement.isEmpty()) {
      return Optional.empty();
    }
    int awaitStart = operation.getStart().getStartIndex();
    ParseTree holder = list.getParent();
    if (holder instanceof ExpressionStatementContext bare && bare.assignmentTail() == null) {
      return Optional.of(
          new AwaitStatement(statement.get(), Use.DISCARDED, awaitStart, Optional.empty()));
    }
    if (holder instanceof ReturnStatementContext) {
      return Optional.of(
          new AwaitStatement(statement.get(), Use.RETURNED, awaitStart, Optional.empty()));
    }
    if (holder instanceof AssignedValueContext value
        && value.getParent() instanceof AssignmentContext assignment
        && assignment.assignedValue(assignment.assignedValue().size() - 1) == value) {
      // chained (`a = b = await x`) targets get the one value either way: no shape to keep
      Optional<StarExpressionsContext> targets =
          assignment.assignedValue().size() == 1
              ? Optional.of(((ExpressionStatementContext) assignment.getParent()).starExpressions())
              : Optional.empty();
      return Optional.of(new AwaitStatement(statement.get(), Use.ASSIGNED, awaitStart, targets));
    }
    if (holder instanceof AssignedValueContext value
        && value.getParent() instanceof AnnotationContext) {
      return Optional.of(
          new AwaitStatement(statement.get(), Use.ASSIGNED, awaitStart, Optional.empty()));
    }
    return Optional.empty(); // augmented assignment: its target is read before the await
  }

  /**
   * Whether the node stands in the body of a {@code try} with {@code except} clauses, in the same
   * function: those clauses catch what the awaits raise today, and would see an {@code
   * ExceptionGroup} instead.
   */
  static boolean caughtInFunction(ParseTree node) {
    ParseTree child = node;
    for (ParseTree parent = node.getParent();
        parent != null && !(parent instanceof FunctionDefContext);
        parent = parent.getParent()) {
      if (parent instanceof TryStatementContext attempt
          && child == attempt.block()
          && !attempt.exceptClause().isEmpty()) {
        return true;
      }
      child = parent;
    }
    return false;
  }

  /**
   * Whether the node stands in the body of a {@code with contextlib.suppress(...)} (however
   * imported), in the same function.
   */
  static boolean suppressedInFunction(ModuleModel model, ParseTree node) {
    return inWithOf(node, call -> model.calleeName(call).filter(SUPPRESS::contains).isPresent());
  }

  /**
   * Whether the node stands in the body of a {@code with} that expects an exception, in the same
   * function: {@code pytest.raises(...)} (however imported) or {@code self.assertRaises(...)}
   * ({@code assertRaisesRegex}). The test is about the exception the awaits raise; a TaskGroup
   * would turn it into an {@code ExceptionGroup} and the test would fail.
   */
  static boolean expectsRaiseInFunction(ModuleModel model, ParseTree node) {
    return inWithOf(
        node,
        call ->
            model.calleeName(call).filter(RAISES::contains).isPresent()
                || (call.callIndex() == 1
                    && call.primary().getStart().getText().equals("self")
                    && call.calledName().filter(ASSERT_RAISES::contains).isPresent()));
  }

  private static boolean inWithOf(ParseTree node, Predicate<CallSite> manager) {
    ParseTree child = node;
    for (ParseTree parent = node.getParent();
        parent != null && !(parent instanceof FunctionDefContext);
        parent = parent.getParent()) {
      if (parent instanceof WithStatementContext with && child == with.block()) {
        for (WithItemContext item : with.withItem()) {
          Optional<CallSite> call = Awaitables.callIn(item.expression());
          if (call.isPresent() && manager.test(call.get())) {
            return true;
          }
        }
      }
      child = parent;
    }
    return false;
  }

  /**
   * Whether the node stands where a program cleans up: in a {@code finally} block, or in a function
   * whose name says it closes or tears down ({@code close}, {@code aclose}, {@code __aexit__},
   * {@code cleanup}, {@code teardown}, {@code shutdown}, {@code stop}...). A fan-out there means to
   * run every step whatever another does; a TaskGroup would cancel the rest at the first failure
   * and change what gets closed. AW305 asks too: a gather there that drops its failures means to.
   */
  static boolean inCleanup(ParseTree node) {
    for (ParseTree parent = node.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof FinallyClauseContext) {
        return true;
      }
      if (parent instanceof FunctionDefContext function) {
        return isCleanupName(function.name().getText());
      }
    }
    return false;
  }

  /** Whether a call's called name is a cleanup verb ({@code c.close()}, {@code s.stop()}). */
  static boolean isCleanupCall(CallSite call) {
    return call.callIndex() > 0 && call.calledName().filter(TaskGroups::isCleanupName).isPresent();
  }

  /** Whether a name has a cleanup verb among its words: {@code close_all}, {@code tearDown}. */
  private static boolean isCleanupName(String name) {
    for (String word : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").split("_+")) {
      if (CLEANUP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name for something the rewrite binds in the function: {@code base} ({@code base1} when {@code
   * numbered}), else the next number up, that the function does not mention, no enclosing scope
   * binds, and the rewrite has not taken yet.
   */
  static String freeName(
      ModuleModel model,
      FunctionDefContext function,
      String base,
      boolean numbered,
      Set<String> taken) {
    if (!numbered && isFree(model, function, base, taken)) {
      return base;
    }
    for (int i = numbered ? 1 : 2; ; i++) {
      if (isFree(model, function, base + i, taken)) {
        return base + i;
      }
    }
  }

  private static boolean isFree(
      ModuleModel model, FunctionDefContext function, String name, Set<String> taken) {
    return !taken.contains(name)
        && model.isFree(name, function.block())
        && Names.onlyMentionedBy(model, name, function, mention -> false);
  }

  /** {@code asyncio.TaskGroup} as written at a spot, and the import it needs, if any. */
  record TaskGroupClass(String name, Optional<Edit> importEdit) {}

  static TaskGroupClass taskGroupClass(RuleContext context, ParseTree at) {
    Optional<String> imported = context.model().resolve("TaskGroup", at);
    if (imported.equals(Optional.of("asyncio.TaskGroup"))
        || imported.equals(Optional.of("asyncio.taskgroups.TaskGroup"))) {
      return new TaskGroupClass("TaskGroup", Optional.empty());
    }
    ModuleReference asyncio = context.imports().module("asyncio", at);
    return new TaskGroupClass(asyncio.name() + ".TaskGroup", asyncio.importEdit());
  }

  /** The comment at the end of the logical line a token index stands on, if any. */
  static Optional<Token> commentAfter(List<Token> tokens, int index) {
    for (int i = index + 1; i < tokens.size(); i++) {
      int type = tokens.get(i).getType();
      if (type == PythonLexer.COMMENT) {
        return Optional.of(tokens.get(i));
      }
      if (type == PythonLexer.NEWLINE || type == PythonLexer.NL || type == Token.EOF) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
