package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.ReturnStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.WithItemContext;
import dev.asyncwright.python.antlr.PythonParser.WithStatementContext;
import java.util.Optional;

/** What the code around a value does with it: the answer of {@link Expression#use()}. */
public sealed interface ValueUse {

  /**
   * What is done with the value once awaited: for {@link Awaited}, its {@link Awaited#result()};
   * for any other use, this use itself ({@code x = await f()} and {@code x = f()} both assign).
   */
  default ValueUse throughAwait() {
    return this;
  }

  /** The value is a statement of its own, thrown away ({@code f(x)} alone). */
  record Discarded(SimpleStatementContext statement) implements ValueUse {}

  /** {@code await} stands right before the value. */
  record Awaited(OperationContext operation) implements ValueUse {

    /**
     * What is done with the awaited result, when {@code await v} is a whole expression ({@code x =
     * await v}); {@link Other} when it is an operand ({@code await v + 1}).
     */
    public ValueUse result() {
      return operation.children.size() == 2 ? ValueUses.ofOperation(operation) : new Other();
    }

    @Override
    public ValueUse throughAwait() {
      return result();
    }
  }

  /** Only the value's truth counts: {@code if v:}, {@code not v}, {@code v and w}... */
  record Tested(Test test) implements ValueUse {}

  /** {@code t = v}: one {@code =}, the value alone on its right; the target may be any. */
  record Assigned(ExpressionStatementContext statement) implements ValueUse {

    /**
     * The target, when it is one bare name ({@code x = v}, not {@code x.a = v} or {@code a, b =
     * v}).
     */
    public Optional<Name> name() {
      StarExpressionsContext targets = statement.starExpressions();
      if (targets.starExpression().size() != 1
          || !targets.COMMA().isEmpty()
          || targets.starExpression(0).expression() == null) {
        return Optional.empty();
      }
      return Expression.of(targets.starExpression(0).expression()) instanceof Name name
          ? Optional.of(name)
          : Optional.empty();
    }
  }

  /** {@code g(v)} or {@code g(k=v)}: the whole value of one argument of a call. */
  record Passed(Call call, Argument argument) implements ValueUse {}

  /** {@code with v:} or {@code async with v as x:}: the value is the item's context manager. */
  record Entered(WithItemContext item) implements ValueUse {

    /** The {@code with} statement the item belongs to (an item stands in no other). */
    public WithStatementContext statement() {
      return (WithStatementContext) item.getParent();
    }
  }

  /** {@code return v}. */
  record Returned(ReturnStatementContext statement) implements ValueUse {}

  /** Anything else: an operand, an argument, an element, a callee, a value of a longer chain. */
  record Other() implements ValueUse {}

  /** Where a value's truth is taken. */
  enum Test {
    /** {@code if v:} */
    IF,
    /** {@code elif v:} */
    ELIF,
    /** {@code while v:} */
    WHILE,
    /** {@code a if v else b} */
    CONDITIONAL,
    /** {@code assert v} */
    ASSERT,
    /** {@code [x for x in xs if v]} */
    FILTER,
    /** {@code not v} */
    NOT,
    /** {@code v and w}, {@code v or w}: an operand before the last of {@code and}/{@code or} */
    BOOLEAN
  }
}
