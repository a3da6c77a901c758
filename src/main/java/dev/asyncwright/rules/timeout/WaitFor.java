package dev.asyncwright.rules.timeout;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.BlockRewrite;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.fix.Indentation;
import dev.asyncwright.fix.StringSpans;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.ReturnStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports.ModuleReference;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.rules.match.CallMatcher;
import dev.asyncwright.rules.match.Calls;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.tree.ValueUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * AW501: {@code await asyncio.wait_for(aw, t)} as a statement of its own: {@code async with
 * asyncio.timeout(t):} around {@code await aw} says the same without an extra task.
 */
public final class WaitFor implements Rule {

  private static final CallMatcher AWAITED_WAIT_FOR =
      Calls.of("asyncio.wait_for", "asyncio.tasks.wait_for")
          .and(Calls.inCoroutine())
          .and(Calls.used(ValueUse.Awaited.class));

  @Override
  public String code() {
    return "AW501";
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("wait_for");
  }

  @Override
  public String fixSummary() {
    return "`async with asyncio.timeout(t):`";
  }

  @Override
  public String finds() {
    return "`await asyncio.wait_for(aw, t)` as a statement";
  }

  /** {@code asyncio.timeout} came in 3.11. */
  @Override
  public Optional<PythonVersion> adviceNeeds() {
    return Optional.of(new PythonVersion(11));
  }

  @Override
  public String name() {
    return "wait-for";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "`await asyncio.wait_for(aw, t)` (or `timeout=t`) in a coroutine, as a statement of its"
            + " own: bare, assigned (`x = await asyncio.wait_for(...)`) or returned. Not"
            + " reported where the code is about `wait_for` itself: in a function named for it"
            + " (`test_wait_for`), or under a comment on its line or just above that names it"
            + " (such a test exercises what `wait_for` does, which the rewrite would remove, or"
            + " the comment would speak of a call that is gone).",
        "Before Python 3.12 `wait_for` wraps the awaitable in a new task and has a history of"
            + " races between the timeout and the result (a result lost, a cancellation"
            + " swallowed). `asyncio.timeout()` cancels the current task itself, needs no extra"
            + " task, and can cover several awaits at once.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def load(client):\n"
            + "    data = await asyncio.wait_for(client.fetch(), timeout=5)\n"
            + "    return data",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def load(client):\n"
            + "    async with asyncio.timeout(5):\n"
            + "        data = await client.fetch()\n"
            + "    return data",
        "Unsafe: the timeout now also covers evaluating the awaitable's expression and the"
            + " assignment of the result, and `t` is evaluated before `aw` rather than after."
            + " On a timeout `asyncio.timeout()` cancels the current task and turns the"
            + " `CancelledError` into `TimeoutError`, where `wait_for` (before 3.12) cancelled"
            + " its inner task; with a timeout of 0 or less, an awaitable that completes at once"
            + " now returns its result. The fix keeps the statement's comments (those between"
            + " the arguments move above the `async with`), uses the file's indentation at that"
            + " spot and its line breaks. No fix for `timeout=None`, for a `wait_for` inside a"
            + " larger expression, for a statement sharing its line, or when the awaitable is"
            + " not a single operand (`a or b`).",
        "3.11 (`asyncio.timeout()`).");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    for (CallSite call : model.coroutineCalls()) {
      if (!call.endsPrimary() || !AWAITED_WAIT_FOR.matches(call, context)) {
        continue;
      }
      Optional<SimpleStatementContext> statement = statementOf(call.primary());
      if (statement.isEmpty()) {
        continue; // inside a larger expression: nothing to say about the shape
      }
      if (aboutWaitFor(context, call, statement.get())) {
        continue;
      }
      Finding finding =
          Finding.of(
              code(),
              "Use `async with asyncio.timeout(...)` instead of `asyncio.wait_for()`",
              RuleContext.start(call.primary()),
              RuleContext.end(call.call()));
      Optional<Fix> fix = fix(context, call, statement.get());
      if (fix.isPresent()) {
        context.report(finding, fix.get());
      } else {
        context.report(finding);
      }
    }
  }

  /**
   * Whether the code is about {@code wait_for} itself: a function named for it ({@code
   * test_wait_for}), or a comment on the statement's line or just above it that speaks of it ("the
   * view awaits it with asyncio.wait_for rather than directly"). Such a test exercises what {@code
   * wait_for} does (on 3.11 it runs its argument in a task of its own); a rewrite removes what it
   * tests, or leaves a comment about a call that is gone.
   */
  private static boolean aboutWaitFor(
      RuleContext context, CallSite call, SimpleStatementContext statement) {
    for (ParseTree node = call.primary(); node != null; node = node.getParent()) {
      if (node instanceof FunctionDefContext function
          && function.name().getText().toLowerCase(Locale.ROOT).contains("wait_for")) {
        return true;
      }
    }
    List<Token> tokens = context.model().module().tokens();
    Token lineBreak = Lines.lineBreak(tokens, statement);
    for (int i = statement.getStart().getTokenIndex(); i < lineBreak.getTokenIndex(); i++) {
      if (mentionsWaitFor(tokens.get(i))) {
        return true;
      }
    }
    for (int i = statement.getStart().getTokenIndex() - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      int type = token.getType();
      if (token.getChannel() == Token.DEFAULT_CHANNEL
          && type != PythonLexer.INDENT
          && type != PythonLexer.DEDENT) {
        break; // the statement before: its comments are its own
      }
      if (mentionsWaitFor(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsWaitFor(Token token) {
    return token.getType() == PythonLexer.COMMENT && token.getText().contains("wait_for");
  }

  /**
   * The statement {@code await wait_for(...)} makes up, with nothing else than an assignment to one
   * target or a {@code return}, standing alone on its line.
   */
  private static Optional<SimpleStatementContext> statementOf(PrimaryContext primary) {
    Optional<SimpleStatementContext> statement =
        Statements.ancestor(primary, SimpleStatementContext.class);
    if (statement.isEmpty()) {
      return statement;
    }
    ExpressionStatementContext expression = statement.get().expressionStatement();
    if (expression != null
        && expression.assignmentTail() == null
        && expression.starExpressions() != null
        && Statements.single(expression.starExpressions())
            .filter(value -> isAwaitOf(value, primary))
            .isPresent()) {
      return statement;
    }
    if (Statements.assignmentOf(primary)
        .filter(assignment -> assignment.getParent() == statement.get())
        .isPresent()) {
      return statement;
    }
    ReturnStatementContext returned = statement.get().returnStatement();
    if (returned != null
        && returned.starExpressions() != null
        && Statements.single(returned.starExpressions())
            .filter(value -> isAwaitOf(value, primary))
            .isPresent()) {
      return statement;
    }
    return Optional.empty();
  }

  /** Whether an expression is {@code await primary} and nothing else. */
  private static boolean isAwaitOf(ExpressionContext value, PrimaryContext primary) {
    return value.IF() == null
        && value.lambdef() == null
        && primary.getParent() == value.operation(0)
        && value.operation(0).children.size() == 2;
  }

  private static Optional<Fix> fix(
      RuleContext context, CallSite call, SimpleStatementContext statement) {
    SourceFile source = context.source();
    if (call.hasUnpacking() || Statements.aloneStatement(statement).isEmpty()) {
      return Optional.empty();
    }
    ExpressionContext awaitable = null;
    ExpressionContext timeout = null;
    List<ValueArgumentContext> positional = call.positional();
    for (ArgumentContext argument : call.arguments()) {
      if (!(argument instanceof ValueArgumentContext value) || value.comprehension() != null) {
        return Optional.empty();
      }
      if (value.EQUAL() == null) {
        int index = positional.indexOf(value);
        if (index == 0) {
          awaitable = value.expression(0);
        } else if (index == 1) {
          timeout = value.expression(0);
        } else {
          return Optional.empty();
        }
      } else {
        String keyword = value.expression(0).getText();
        if (keyword.equals("fut") && awaitable == null) {
          awaitable = value.expression(1);
        } else if (keyword.equals("timeout") && timeout == null) {
          timeout = value.expression(1);
        } else {
          return Optional.empty();
        }
      }
    }
    if (awaitable == null
        || timeout == null
        || timeout.getText().equals("None")
        || Statements.soleOperand(awaitable).isEmpty()
        || hasComment(context, RuleContext.start(timeout), RuleContext.end(timeout))
        || context.text(timeout).contains("\n")
        || context.text(timeout).contains("\r")) {
      return Optional.empty();
    }
    Optional<Indentation> indentation = Lines.blockIndentation(source, statement);
    if (indentation.isEmpty()) {
      return Optional.empty();
    }
    String indent = indentation.get().indent();
    String inner = indentation.get().inner();
    ModuleReference asyncio = context.imports().module("asyncio", call.primary());
    String newline = Lines.newline(source);
    List<Edit> edits = new ArrayList<>();
    // comments between the arguments go above the new block
    List<String> comments = commentsOutside(context, call, awaitable, timeout);
    StringBuilder header = new StringBuilder();
    for (String comment : comments) {
      header.append(comment).append(newline).append(indent);
    }
    header.append(
        BlockRewrite.opening(
            asyncio.name() + ".timeout(" + context.text(timeout) + ")",
            newline,
            indentation.get()));
    edits.add(Edit.insert(RuleContext.start(statement), header.toString()));
    edits.add(
        new Edit(
            RuleContext.start(call.primary()),
            RuleContext.end(call.call()),
            Lines.moved(
                context,
                awaitable,
                inner.length() + RuleContext.start(call.primary()) - RuleContext.start(statement),
                inner)));
    // the statement's own continuation lines (before and after the call) move in too
    reindentAround(context, statement, call, indentation.get().unit(), edits);
    asyncio.importEdit().ifPresent(edits::add);
    return Optional.of(
        new Fix(
            "Replace with `async with " + asyncio.name() + ".timeout(...)`",
            Applicability.UNSAFE,
            new PythonVersion(11),
            edits));
  }

  private static boolean hasComment(RuleContext context, int start, int end) {
    for (Token token : context.model().module().tokens()) {
      if (token.getType() == PythonLexer.COMMENT
          && token.getStartIndex() >= start
          && token.getStartIndex() < end) {
        return true;
      }
    }
    return false;
  }

  /** The comments inside the call's parentheses, but not inside the awaitable or the timeout. */
  private static List<String> commentsOutside(
      RuleContext context, CallSite call, ExpressionContext awaitable, ExpressionContext timeout) {
    List<String> comments = new ArrayList<>();
    int from = call.call().getStart().getTokenIndex();
    int to = call.call().getStop().getTokenIndex();
    List<Token> tokens = context.model().module().tokens();
    for (int i = from; i <= to; i++) {
      Token token = tokens.get(i);
      if (token.getType() == PythonLexer.COMMENT
          && !within(token, awaitable)
          && !within(token, timeout)) {
        comments.add(token.getText());
      }
    }
    return comments;
  }

  private static boolean within(Token token, ExpressionContext node) {
    return token.getStartIndex() >= RuleContext.start(node)
        && token.getStartIndex() < RuleContext.end(node);
  }

  /**
   * Insertions of one unit at the starts of the statement's continuation lines outside the call.
   */
  private static void reindentAround(
      RuleContext context,
      SimpleStatementContext statement,
      CallSite call,
      String unit,
      List<Edit> edits) {
    int start = RuleContext.start(statement);
    int end = RuleContext.end(statement);
    if (StringSpans.spansStringLines(context.model().module().tokens(), statement)) {
      return;
    }
    int callStart = RuleContext.start(call.primary());
    int callEnd = RuleContext.end(call.call());
    SourceFile source = context.source();
    String text = source.text();
    int from = source.charIndex(start);
    int to = source.charIndex(end);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean lineBreak =
          c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (!lineBreak || i + 1 >= to) {
        continue;
      }
      int next = source.codePointIndex(i + 1);
      if (next >= callStart && next <= callEnd) {
        continue;
      }
      edits.add(Edit.insert(next, unit));
    }
  }
}
