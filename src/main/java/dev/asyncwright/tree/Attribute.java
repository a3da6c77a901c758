package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;

/** {@code object.name}: the primary's trailer at {@code index} is {@code .name}. */
public record Attribute(PrimaryContext context, int index) implements Expression {

  /** The value the attribute is read from. */
  public Expression object() {
    return Expression.of(context, index);
  }

  /** The attribute's name. */
  public String name() {
    return trailer().name().getText();
  }

  public AttributeContext trailer() {
    return (AttributeContext) Chain.trailer(context, index);
  }

  @Override
  public int end() {
    return Chain.endOfTrailer(context, index);
  }
}
