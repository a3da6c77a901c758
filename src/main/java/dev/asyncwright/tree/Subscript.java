package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SubscriptContext;

/** {@code object[...]}: the primary's trailer at {@code index} is a subscript. */
public record Subscript(PrimaryContext context, int index) implements Expression {

  /** The value subscripted. */
  public Expression object() {
    return Expression.of(context, index);
  }

  public SubscriptContext trailer() {
    return (SubscriptContext) Chain.trailer(context, index);
  }

  @Override
  public int end() {
    return Chain.endOfTrailer(context, index);
  }
}
