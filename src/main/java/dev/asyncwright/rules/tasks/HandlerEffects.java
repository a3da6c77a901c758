package dev.asyncwright.rules.tasks;

import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.AssignedValueContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.ExceptClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ForStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.LambdefContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.ReturnStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.WhileStatementContext;
import dev.asyncwright.rules.Statements;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What an {@code except} handler does with what it caught, and what its coroutine does after it:
 * the facts that tell a cancellation swallowed by mistake from one absorbed on purpose.
 */
final class HandlerEffects {

  /**
   * Calls that only report what was caught: an exception passed to them goes nowhere (compared
   * without leading underscores).
   */
  private static final Set<String> REPORTING =
      Set.of(
          "print",
          "debug",
          "info",
          "warning",
          "warn",
          "error",
          "exception",
          "critical",
          "log",
          "str",
          "repr",
          "type",
          "isinstance",
          "format");

  private HandlerEffects() {}

  /**
   * Whether the handler hands what it caught on: stores it ({@code errors[i] = e}), returns it, or
   * passes it to a call that is not only a report of it ({@code future.set_exception(e)}, {@code
   * errors.append(e)}, {@code queue.put(e)}). Whoever receives it sees the cancellation: nothing
   * was swallowed.
   */
  static boolean forwards(ExceptClauseContext handler) {
    if (handler.name() == null) {
      return false;
    }
    return forwards(handler.block(), handler.name().getText());
  }

  private static boolean forwards(ParseTree node, String caught) {
    if (node instanceof NameAtomContext use
        && use.getRuleContexts(TrailerContext.class).isEmpty()
        && use.getStart().getText().equals(caught)
        && handsOn(use)) {
      return true;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (forwards(node.getChild(i), caught)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this use of the caught name, as a whole expression, is stored, returned or passed. */
  private static boolean handsOn(NameAtomContext use) {
    Optional<ExpressionContext> whole =
        Statements.ancestor(use, ExpressionContext.class)
            .filter(expression -> Statements.soleOperand(expression).orElse(null) == use);
    if (whole.isEmpty()) {
      return false;
    }
    ParseTree parent = whole.get().getParent();
    if (parent instanceof ValueArgumentContext argument && argument.comprehension() == null) {
      return argument.getParent().getParent() instanceof CallContext call && !reports(call);
    }
    if (parent instanceof StarExpressionContext
        && parent.getParent() instanceof StarExpressionsContext list) {
      return list.getParent() instanceof AssignedValueContext
          || list.getParent() instanceof ReturnStatementContext;
    }
    return false;
  }

  /** Whether the call is one that only reports ({@code log.exception(...)}, {@code print}). */
  private static boolean reports(CallContext call) {
    PrimaryContext primary = (PrimaryContext) call.getParent();
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    int index = trailers.indexOf(call);
    String callee =
        index == 0
            ? primary.getStart().getText()
            : trailers.get(index - 1) instanceof AttributeContext attribute
                ? attribute.name().getText()
                : "";
    String bare = callee.replaceFirst("^_+", "");
    return REPORTING.contains(bare) || bare.startsWith("print");
  }

  /**
   * Whether the handler cancels something else ({@code scope.cancel()}, {@code child.cancel()}): it
   * passes the cancellation on to what it waits for, as a task group does with its children.
   */
  static boolean cancelsOthers(ExceptClauseContext handler) {
    return callsMethod(handler.block(), "cancel");
  }

  private static boolean callsMethod(ParseTree node, String method) {
    if (node instanceof AttributeContext attribute
        && attribute.name().getText().equals(method)
        && attribute.getParent() instanceof PrimaryContext primary) {
      List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
      int index = trailers.indexOf(attribute);
      if (index + 1 < trailers.size() && trailers.get(index + 1) instanceof CallContext) {
        return true;
      }
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (callsMethod(node.getChild(i), method)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the handler's body holds a comment (one on the {@code except} line itself does not
   * count): the author said why the handler does what it does.
   */
  static boolean explained(ExceptClauseContext handler, List<Token> tokens) {
    int firstBodyToken = firstBodyLine(handler, tokens);
    for (int i = firstBodyToken; i <= handler.getStop().getTokenIndex(); i++) {
      if (tokens.get(i).getType() == PythonLexer.COMMENT) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first token after the {@code except ...:} line. */
  private static int firstBodyLine(ExceptClauseContext handler, List<Token> tokens) {
    BlockContext block = handler.block();
    if (block.simpleStatements() != null) {
      // a one-line handler: its comment sits on the except line
      return handler.getStop().getTokenIndex() + 1;
    }
    return block.NEWLINE().getSymbol().getTokenIndex() + 1;
  }

  /**
   * Whether, once the handler has run, its coroutine goes on to await more: the try sits in a loop
   * that goes round again, or statements that await follow it. The task then keeps running although
   * it was asked to stop. A handler that ends the coroutine instead (it returns, or nothing that
   * awaits follows) is a task ending when cancelled, if without saying so.
   */
  static boolean goesOnAwaiting(ExceptClauseContext handler, FunctionDefContext function) {
    Optional<SimpleStatementContext> last = lastSimpleStatement(handler.block());
    if (last.isPresent() && last.get().returnStatement() != null) {
      return false;
    }
    boolean breaksOut = last.isPresent() && last.get().breakStatement() != null;
    ParseTree node = handler.getParent();
    while (node != function && node.getParent() != null) {
      ParseTree parent = node.getParent();
      if (parent instanceof BlockContext block && node instanceof StatementContext statement) {
        List<StatementContext> statements = block.statement();
        for (int i = statements.indexOf(statement) + 1; i < statements.size(); i++) {
          if (awaits(statements.get(i))) {
            return true;
          }
        }
      }
      if (isLoopBody(parent, node)) {
        if (!breaksOut) {
          return true;
        }
        breaksOut = false; // the break leaves this loop; what follows it still runs
      }
      node = parent;
    }
    return false;
  }

  private static boolean isLoopBody(ParseTree loop, ParseTree child) {
    return (loop instanceof WhileStatementContext whileLoop && whileLoop.block() == child)
        || (loop instanceof ForStatementContext forLoop && forLoop.block() == child);
  }

  /** The last simple statement of a block, when the block ends with one. */
  static Optional<SimpleStatementContext> lastSimpleStatement(BlockContext block) {
    SimpleStatementsContext line =
        block.simpleStatements() != null
            ? block.simpleStatements()
            : block.statement(block.statement().size() - 1).simpleStatements();
    if (line == null) {
      return Optional.empty();
    }
    List<SimpleStatementContext> parts = line.simpleStatement();
    return Optional.of(parts.get(parts.size() - 1));
  }

  /** Whether running the node awaits: an await, async for or async with outside nested defs. */
  private static boolean awaits(ParseTree node) {
    if (node instanceof FunctionDefContext
        || node instanceof ClassDefContext
        || node instanceof LambdefContext) {
      return false;
    }
    if (node instanceof TerminalNode terminal) {
      int type = terminal.getSymbol().getType();
      return type == PythonLexer.AWAIT || type == PythonLexer.ASYNC;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (awaits(node.getChild(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the handler's last statement leaves it with return, break or continue. */
  static boolean jumpsOut(ExceptClauseContext handler) {
    return lastSimpleStatement(handler.block())
        .filter(
            last ->
                last.returnStatement() != null
                    || last.breakStatement() != null
                    || last.continueStatement() != null)
        .isPresent();
  }

  /**
   * Whether the handler only records the cancellation for later, and the function re-raises it
   * then: every statement of its body sets a name ({@code cancelled = True}), and an {@code if} on
   * that name further on raises. {@code asyncio.Condition.wait} does this: it reacquires its lock
   * first, and raises {@code CancelledError} once it holds it again.
   */
  static boolean recordsForLater(ExceptClauseContext handler, FunctionDefContext function) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (StatementContext statement : handler.block().statement()) {
      String text = statement.getText().strip();
      java.util.regex.Matcher set =
          java.util.regex.Pattern.compile("([A-Za-z_][A-Za-z_0-9]*)=[^=].*").matcher(text);
      if (!set.matches() || statement.getChildCount() != 1) {
        return false;
      }
      names.add(set.group(1));
    }
    return !names.isEmpty() && raisesOn(function, names, handler);
  }

  /** Whether an {@code if} after the spot tests one of the names and raises in its block. */
  private static boolean raisesOn(ParseTree node, java.util.Set<String> names, ParseTree after) {
    if (node instanceof dev.asyncwright.python.antlr.PythonParser.IfStatementContext test
        && test.getStart().getTokenIndex() > ((ParserRuleContext) after).getStop().getTokenIndex()
        && names.stream()
            .anyMatch(
                name -> test.namedExpression().getText().matches("(not)?\\(?" + name + "\\)?"))
        && test.block().statement().stream()
            .anyMatch(line -> line.getStart().getType() == PythonLexer.RAISE)) {
      return true;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (raisesOn(node.getChild(i), names, after)) {
        return true;
      }
    }
    return false;
  }
}
