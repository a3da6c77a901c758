package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import java.util.Optional;

/** {@code await x}, alone as an expression. */
public record Await(OperationContext context) implements Expression {

  /** The value awaited. */
  public Expression awaited() {
    return Expression.of(context.getRuleContext(PrimaryContext.class, 0));
  }

  /** The call the await wraps ({@code f(x)} in {@code await f(x)}), if it wraps a call. */
  public Optional<Call> call() {
    return awaited() instanceof Call call ? Optional.of(call) : Optional.empty();
  }
}
