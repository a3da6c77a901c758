package dev.asyncwright.rules.coroutine;

import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.ComprehensionForContext;
import dev.asyncwright.python.antlr.PythonParser.EllipsisContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ForStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.LambdefContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.StringAtomContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.WithStatementContext;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** AW604: an {@code async def} that never awaits anything. */
public final class AsyncWithoutAwait implements Rule {

  /** Methods that the async protocols require to be {@code async def}, awaiting or not. */
  private static final Set<String> PROTOCOL = Set.of("__aenter__", "__aexit__", "__anext__");

  @Override
  public String code() {
    return "AW604";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("async");
  }

  @Override
  public String fixSummary() {
    return "advice only";
  }

  @Override
  public String finds() {
    return "`async def` with no `await`, `async for` or `async with`";
  }

  /** Off by default: too many async functions must be async without awaiting (overrides...). */
  @Override
  public boolean preview() {
    return true;
  }

  @Override
  public String name() {
    return "async-without-await";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An `async def` whose own body has no `await`, `async for`, `async with` or async"
            + " comprehension, and that nothing says must be async: one whose callers are all in"
            + " sight (a private `_name`, or a function nested in another) and await every call"
            + " of it, at least one. What nested functions, lambdas"
            + " and classes contain does not count"
            + " (they are not this coroutine); default values and decorators of a nested function"
            + " do, since they run in it. Not reported: async generators (an `async def` with"
            + " `yield` is async so that it can be iterated with `async for`, whether or not it"
            + " awaits); stubs whose body is only a docstring, `pass`, `...` or `raise"
            + " NotImplementedError`; `__aenter__`, `__aexit__` and `__anext__`, which the"
            + " protocols require to be coroutines; and functions that may have to be async for"
            + " their callers: decorated ones (framework handlers, `@pytest.fixture`, overrides),"
            + " methods of a class with bases or with subclasses in the module (overrides,"
            + " protocol and ABC implementations), tests (`test_*`), functions whose name is"
            + " handed around as a value (callbacks passed to a registration call, mocks), and"
            + " those that need the running loop (`get_running_loop()`, `create_task()`,"
            + " `current_task()`). A preview rule, off unless named (`--select AW604`) or with"
            + " `--preview`.",
        "A coroutine that never awaits never yields to the event loop: it runs start to end like"
            + " a plain function, yet every caller must await it, and each call allocates a"
            + " coroutine object. It often means an `await` was forgotten, or a blocking call"
            + " stands where an async one was meant.",
        "async def _total(items):\n"
            + "    return sum(item.price for item in items)\n"
            + "\n"
            + "\n"
            + "async def checkout(cart):\n"
            + "    await cart.reserve()\n"
            + "    return await _total(cart.items)",
        "def _total(items):\n"
            + "    return sum(item.price for item in items)\n"
            + "\n"
            + "\n"
            + "async def checkout(cart):\n"
            + "    await cart.reserve()\n"
            + "    return _total(cart.items)",
        "Advice only: making the function synchronous changes every caller (`await total(x)`"
            + " would fail), and some functions are async on purpose, to satisfy an interface or"
            + " a framework that awaits them; the rule cannot know that. Silence those with"
            + " `# noqa: AW604` on the `async def` line.",
        "any");
  }

  @Override
  public void check(RuleContext context) {
    Set<String> passedAround = null;
    for (FunctionDefContext function : context.model().functions()) {
      if (function.ASYNC() == null
          || PROTOCOL.contains(function.name().getText())
          || isStub(function.block())) {
        continue;
      }
      if (passedAround == null) {
        passedAround = EntryPoints.namesUsedAsValues(context.model().module().tokens());
      }
      if (EntryPoints.mayHaveToBeAsync(context.model(), function, passedAround)) {
        continue;
      }
      Scan scan = new Scan();
      scan.visit(function.block());
      if (scan.awaits || scan.yields) {
        continue;
      }
      context.report(
          Finding.of(
              code(),
              "`async def " + function.name().getText() + "` never awaits: it need not be async",
              function.ASYNC().getSymbol().getStartIndex(),
              RuleContext.end(function.name())));
    }
  }

  /** What one coroutine's own code contains. */
  private static final class Scan {
    boolean awaits;
    boolean yields;

    void visit(ParseTree node) {
      if (awaits) {
        return;
      }
      if (node instanceof TerminalNode terminal) {
        int type = terminal.getSymbol().getType();
        if (type == PythonParser.AWAIT) {
          awaits = true;
        } else if (type == PythonParser.YIELD) {
          yields = true;
        } else if (type == PythonParser.ASYNC
            && (node.getParent() instanceof ForStatementContext
                || node.getParent() instanceof WithStatementContext
                || node.getParent() instanceof ComprehensionForContext)) {
          awaits = true;
        }
        return;
      }
      // The bodies of nested scopes are not this coroutine; what runs to define them is.
      ParseTree skip = null;
      if (node instanceof FunctionDefContext nested) {
        skip = nested.block();
      } else if (node instanceof ClassDefContext type) {
        skip = type.block();
      } else if (node instanceof LambdefContext lambda) {
        skip = lambda.expression();
      }
      for (int i = 0; i < node.getChildCount(); i++) {
        ParseTree child = node.getChild(i);
        if (child != skip
            && !(node instanceof FunctionDefContext && child instanceof TerminalNode)) {
          visit(child);
        }
      }
    }
  }

  /** A body of only a docstring, {@code pass}, {@code ...} or {@code raise NotImplementedError}. */
  private static boolean isStub(BlockContext block) {
    Optional<List<SimpleStatementContext>> simple = Statements.simpleOnly(block);
    if (simple.isEmpty()) {
      return false;
    }
    for (SimpleStatementContext statement : simple.get()) {
      if (statement.passStatement() != null) {
        continue;
      }
      if (statement.raiseStatement() != null
          && statement.raiseStatement().expression().size() == 1
          && notImplemented(statement.raiseStatement().expression(0))) {
        continue;
      }
      Optional<ParserRuleContext> value = soleValue(statement.expressionStatement());
      if (value.isPresent()
          && (value.get() instanceof EllipsisContext || value.get() instanceof StringAtomContext)) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static boolean notImplemented(ExpressionContext expression) {
    String text = expression.getText();
    return text.equals("NotImplementedError") || text.startsWith("NotImplementedError(");
  }

  /** The one primary, without trailers, an expression statement consists of. */
  private static Optional<ParserRuleContext> soleValue(ExpressionStatementContext statement) {
    if (statement == null
        || statement.assignmentTail() != null
        || statement.starExpressions() == null
        || statement.starExpressions().getChildCount() != 1) {
      return Optional.empty();
    }
    ExpressionContext expression = statement.starExpressions().starExpression(0).expression();
    if (expression == null
        || expression.getChildCount() != 1
        || expression.operation(0) == null
        || expression.operation(0).getChildCount() != 1) {
      return Optional.empty();
    }
    ParseTree only = expression.operation(0).getChild(0);
    return only instanceof PrimaryContext primary
            && primary.getRuleContexts(TrailerContext.class).isEmpty()
        ? Optional.of(primary)
        : Optional.empty();
  }
}
