package dev.asyncwright.rules.syntax;

import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.ComprehensionContext;
import dev.asyncwright.python.antlr.PythonParser.ComprehensionForContext;
import dev.asyncwright.python.antlr.PythonParser.DictOrSetBodyContext;
import dev.asyncwright.python.antlr.PythonParser.ElementsContext;
import dev.asyncwright.python.antlr.PythonParser.ForStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.LambdaParameterContext;
import dev.asyncwright.python.antlr.PythonParser.LambdefContext;
import dev.asyncwright.python.antlr.PythonParser.ParameterContext;
import dev.asyncwright.python.antlr.PythonParser.ParenthesizedContext;
import dev.asyncwright.python.antlr.PythonParser.PlainParameterContext;
import dev.asyncwright.python.antlr.PythonParser.ReturnStatementContext;
import dev.asyncwright.python.antlr.PythonParser.StarArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.WithStatementContext;
import dev.asyncwright.python.antlr.PythonParser.YieldExpressionContext;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * AW003: the async code CPython parses but refuses to compile, so the module cannot be imported:
 * {@code await}, {@code async for} and {@code async with} outside a coroutine, an asynchronous
 * comprehension outside one, {@code yield from} in a coroutine, and {@code return value} in an
 * asynchronous generator. {@code ast.parse} accepts all of them; CPython's compiler says so only
 * when the module is imported, and then stops at the first.
 *
 * <p>Each expression is judged in the scope where it runs: a default value, a decorator or a
 * class's bases in the scope around their {@code def} or {@code class}, a comprehension's first
 * iterable in the scope around the comprehension, the rest of it in its own. Annotations and type
 * parameters are not judged (their scopes differ between versions and with {@code from __future__
 * import annotations}): nothing is reported there.
 */
public final class AsyncCompileError implements Rule {

  private static final PythonVersion NESTED_ASYNC_COMPREHENSIONS = new PythonVersion(11);

  @Override
  public String code() {
    return "AW003";
  }

  @Override
  public String name() {
    return "async-compile-error";
  }

  @Override
  public String fixSummary() {
    return "advice only (make the function async, or move the code into a coroutine)";
  }

  @Override
  public String finds() {
    return "async code CPython will not compile (`await` in a plain `def`)";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Async code that parses but that CPython refuses to compile, with CPython's own message:"
            + " `await` outside a function (at module level or in a class body: \"'await' outside"
            + " function\") or in a plain `def` or `lambda` (\"'await' outside async function\");"
            + " `async for` or `async with` outside an `async def`; a list, set or dict"
            + " comprehension with `async for` or `await` outside one (\"asynchronous"
            + " comprehension outside of an asynchronous function\"; a generator expression may"
            + " hold them anywhere, and from Python 3.11 a comprehension nested in one inside an"
            + " `async def` may too); `yield from` in an `async def` (\"'yield from' inside async"
            + " function\"); `return` with a value in an `async def` that yields (\"'return' with"
            + " value in async generator\"). A default value, a decorator and a class's bases run"
            + " in the scope around their `def` or `class`, a comprehension's first iterable in the"
            + " scope around it: they are judged there. Annotations and type parameters are not"
            + " judged.",
        "The module cannot be imported at all: `python -c 'import ast;"
            + " ast.parse(open(\"m.py\").read())'` and most linters accept it, but `import m` fails"
            + " with `SyntaxError`, whichever line runs first. A common cause is a callback or"
            + " helper written as a plain `def` inside a coroutine, or a coroutine's body moved"
            + " into a lambda.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def main(loop):\n"
            + "    def on_done():\n"
            + "        await asyncio.sleep(0)\n"
            + "\n"
            + "    loop.call_soon(on_done)",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def main():\n"
            + "    async def on_done():\n"
            + "        await asyncio.sleep(0)\n"
            + "\n"
            + "    await on_done()",
        "Advice only: the fix depends on what was meant (make the function async and await it"
            + " where it is called, schedule it as a task, or drop the `await`), and changes every"
            + " caller.",
        "any (nested asynchronous comprehensions in a coroutine need 3.11)");
  }

  /** Only files with {@code async} or {@code await} can hold what the rule finds. */
  @Override
  public Set<String> requiredNames() {
    return Set.of("async", "await");
  }

  @Override
  public void check(RuleContext context) {
    new Walk(context).run();
  }

  /** Where code runs, as CPython's compiler tells them apart. */
  private enum Kind {
    MODULE,
    CLASS,
    FUNCTION,
    LAMBDA,
    COROUTINE,
    GENERATOR_EXPRESSION,
    COMPREHENSION
  }

  /** A scope: its kind, and what is known of it so far. */
  private static final class Scope {
    final Kind kind;
    final Scope enclosing;

    /** A coroutine's own {@code yield}, and its returns with a value. */
    boolean yields;

    final List<ReturnStatementContext> valueReturns = new ArrayList<>();

    /** A list, set or dict comprehension: where it first awaits (null: it does not). */
    Token firstAsync;

    final List<Scope> nestedComprehensions = new ArrayList<>();

    Scope(Kind kind, Scope enclosing) {
      this.kind = kind;
      this.enclosing = enclosing;
    }
  }

  /** One pass over the module, each node with the scope it runs in (no recursion: deep trees). */
  private static final class Walk {
    private final RuleContext context;
    private final Deque<ParseTree> nodes = new ArrayDeque<>();
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final List<Scope> coroutines = new ArrayList<>();
    private final List<Scope> comprehensions = new ArrayList<>();

    /** Where the module's {@code await}, {@code async}, {@code yield} and {@code return} start. */
    private int[] keywords;

    Walk(RuleContext context) {
      this.context = context;
    }

    void run() {
      List<Token> tokens = context.model().module().tokens();
      int count = 0;
      int[] at = new int[64];
      for (Token token : tokens) {
        int type = token.getType();
        if (type == PythonParser.AWAIT
            || type == PythonParser.ASYNC
            || type == PythonParser.YIELD
            || type == PythonParser.RETURN) {
          if (count == at.length) {
            at = java.util.Arrays.copyOf(at, count * 2);
          }
          at[count++] = token.getStartIndex();
        }
      }
      if (count == 0) {
        return;
      }
      keywords = java.util.Arrays.copyOf(at, count);
      push(context.model().module().tree(), new Scope(Kind.MODULE, null));
      while (!nodes.isEmpty()) {
        visit(nodes.pop(), scopes.pop());
      }
      for (Scope coroutine : coroutines) {
        if (coroutine.yields) {
          for (ReturnStatementContext ret : coroutine.valueReturns) {
            report(
                "'return' with value in async generator",
                ret.getStart().getStartIndex(),
                RuleContext.end(ret));
          }
        }
      }
      judgeComprehensions();
    }

    private void push(ParseTree node, Scope scope) {
      if (node != null && mayMatter(node)) {
        nodes.push(node);
        scopes.push(scope);
      }
    }

    /**
     * Whether a node holds an {@code await}, {@code async}, {@code yield} or {@code return}: only
     * those can be reported or make a coroutine a generator, so the rest of the tree (most of it)
     * is not walked.
     */
    private boolean mayMatter(ParseTree node) {
      if (node instanceof TerminalNode terminal) {
        return terminal.getSymbol().getType() == PythonParser.AWAIT;
      }
      ParserRuleContext rule = (ParserRuleContext) node;
      if (rule.getStop() == null) {
        return false;
      }
      int from = rule.getStart().getStartIndex();
      int next = java.util.Arrays.binarySearch(keywords, from);
      int index = next >= 0 ? next : -next - 1;
      return index < keywords.length && keywords[index] <= rule.getStop().getStopIndex();
    }

    private void pushChildren(ParseTree node, Scope scope) {
      for (int i = node.getChildCount() - 1; i >= 0; i--) {
        push(node.getChild(i), scope);
      }
    }

    private void visit(ParseTree node, Scope scope) {
      if (node instanceof TerminalNode terminal) {
        if (terminal.getSymbol().getType() == PythonParser.AWAIT) {
          awaited(terminal.getSymbol(), scope);
        }
      } else if (node instanceof FunctionDefContext function) {
        function(function, scope);
      } else if (node instanceof ClassDefContext type) {
        push(type.arguments(), scope);
        push(type.block(), new Scope(Kind.CLASS, scope));
      } else if (node instanceof LambdefContext lambda) {
        if (lambda.lambdaParameters() != null) {
          for (LambdaParameterContext parameter : lambda.lambdaParameters().lambdaParameter()) {
            push(parameter.expression(), scope); // a default
          }
        }
        push(lambda.expression(), new Scope(Kind.LAMBDA, scope));
      } else if (node instanceof ForStatementContext loop && loop.ASYNC() != null) {
        asyncStatement("'async for' outside async function", loop.ASYNC(), loop.FOR(), scope);
        pushChildren(node, scope);
      } else if (node instanceof WithStatementContext with && with.ASYNC() != null) {
        asyncStatement("'async with' outside async function", with.ASYNC(), with.WITH(), scope);
        pushChildren(node, scope);
      } else if (node instanceof YieldExpressionContext yield) {
        yielded(yield, scope);
        pushChildren(node, scope);
      } else if (node instanceof ReturnStatementContext ret) {
        if (scope.kind == Kind.COROUTINE && ret.starExpressions() != null) {
          scope.valueReturns.add(ret);
        }
        pushChildren(node, scope);
      } else if (!comprehension(node, scope)) {
        pushChildren(node, scope);
      }
    }

    /** Defaults and decorators run around the function, its body in it; annotations are left. */
    private void function(FunctionDefContext function, Scope scope) {
      if (function.parameters() != null) {
        for (ParameterContext parameter : function.parameters().parameter()) {
          if (parameter instanceof PlainParameterContext plain && plain.EQUAL() != null) {
            push(plain.expression(plain.expression().size() - 1), scope);
          }
        }
      }
      Scope body = new Scope(function.ASYNC() != null ? Kind.COROUTINE : Kind.FUNCTION, scope);
      if (body.kind == Kind.COROUTINE) {
        coroutines.add(body);
      }
      push(function.block(), body);
    }

    private void awaited(Token await, Scope scope) {
      switch (scope.kind) {
        case COROUTINE, GENERATOR_EXPRESSION -> {}
        case COMPREHENSION -> {
          if (scope.firstAsync == null) {
            scope.firstAsync = await;
          }
        }
        case MODULE, CLASS ->
            report("'await' outside function", await.getStartIndex(), await.getStopIndex() + 1);
        case FUNCTION, LAMBDA ->
            report(
                "'await' outside async function", await.getStartIndex(), await.getStopIndex() + 1);
      }
    }

    private void asyncStatement(
        String message, TerminalNode async, TerminalNode keyword, Scope scope) {
      if (scope.kind != Kind.COROUTINE) {
        report(message, async.getSymbol().getStartIndex(), keyword.getSymbol().getStopIndex() + 1);
      }
    }

    private void yielded(YieldExpressionContext yield, Scope scope) {
      if (scope.kind != Kind.COROUTINE) {
        return;
      }
      if (yield.FROM() != null) {
        report(
            "'yield from' inside async function",
            yield.getStart().getStartIndex(),
            yield.FROM().getSymbol().getStopIndex() + 1);
      } else {
        scope.yields = true;
      }
    }

    /**
     * Takes a node that holds a comprehension apart (true), or leaves it (false): the element and
     * every clause but the first iterable run in the comprehension's own scope.
     */
    private boolean comprehension(ParseTree node, Scope scope) {
      ComprehensionContext comprehension;
      boolean generator;
      List<ParseTree> elements = new ArrayList<>();
      if (node instanceof ElementsContext list && list.comprehension() != null) {
        comprehension = list.comprehension();
        generator = list.getParent() instanceof ParenthesizedContext;
        elements.add(list.starNamedExpression(0));
      } else if (node instanceof DictOrSetBodyContext body && comprehensionOf(body) != null) {
        comprehension = comprehensionOf(body);
        generator = false;
        for (int i = 0; i < body.getChildCount(); i++) {
          ParseTree child = body.getChild(i);
          if (child != body.dictTail() && child != body.setTail()) {
            elements.add(child);
          }
        }
      } else if (node instanceof ValueArgumentContext argument
          && argument.comprehension() != null) {
        comprehension = argument.comprehension();
        generator = true;
        elements.addAll(argument.expression());
      } else if (node instanceof StarArgumentContext argument && argument.comprehension() != null) {
        comprehension = argument.comprehension();
        generator = true;
        elements.add(argument.expression());
      } else {
        return false;
      }
      Scope own = new Scope(generator ? Kind.GENERATOR_EXPRESSION : Kind.COMPREHENSION, scope);
      if (!generator) {
        comprehensions.add(own);
        if (scope.kind == Kind.COMPREHENSION) {
          scope.nestedComprehensions.add(own);
        }
      }
      List<ComprehensionForContext> clauses = comprehension.comprehensionFor();
      for (int c = clauses.size() - 1; c >= 0; c--) {
        ComprehensionForContext clause = clauses.get(c);
        if (clause.ASYNC() != null && own.firstAsync == null) {
          own.firstAsync = clause.ASYNC().getSymbol();
        }
        for (int i = clause.getChildCount() - 1; i >= 0; i--) {
          ParseTree child = clause.getChild(i);
          // the first iterable runs in the scope around the comprehension
          push(child, c == 0 && child == clause.operation(0) ? scope : own);
        }
      }
      for (int i = elements.size() - 1; i >= 0; i--) {
        push(elements.get(i), own);
      }
      return true;
    }

    private static ComprehensionContext comprehensionOf(DictOrSetBodyContext body) {
      if (body.dictTail() != null) {
        return body.dictTail().comprehension();
      }
      return body.setTail() != null ? body.setTail().comprehension() : null;
    }

    /**
     * A list, set or dict comprehension that awaits (or, from 3.11, holds one that does) must stand
     * in a coroutine, or from 3.11 in another comprehension (which then awaits in turn).
     */
    private void judgeComprehensions() {
      boolean nested = context.target().atLeast(NESTED_ASYNC_COMPREHENSIONS);
      // innermost first: whether one awaits can depend on those inside it
      for (int i = comprehensions.size() - 1; i >= 0; i--) {
        Scope comprehension = comprehensions.get(i);
        if (nested && comprehension.firstAsync == null) {
          for (Scope inner : comprehension.nestedComprehensions) {
            if (inner.firstAsync != null) {
              comprehension.firstAsync = inner.firstAsync;
              break;
            }
          }
        }
        Kind around = comprehension.enclosing.kind;
        boolean allowed =
            around == Kind.COROUTINE
                || nested && (around == Kind.COMPREHENSION || around == Kind.GENERATOR_EXPRESSION);
        if (comprehension.firstAsync != null && !allowed) {
          Token at = comprehension.firstAsync;
          report(
              "asynchronous comprehension outside of an asynchronous function",
              at.getStartIndex(),
              at.getStopIndex() + 1);
        }
      }
    }

    private void report(String message, int start, int end) {
      context.report(
          Finding.of(
              "AW003",
              message + ": CPython will not compile the module (SyntaxError)",
              start,
              end));
    }
  }
}
