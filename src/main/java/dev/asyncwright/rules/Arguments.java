package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;

/** Questions about a primary that stands in a call's arguments. */
public final class Arguments {

  private Arguments() {}

  /**
   * Whether the primary is the name of a keyword argument ({@code x} in {@code f(x=1)}): the
   * grammar parses it as an expression, but it names a parameter, not a variable.
   */
  public static boolean isKeywordName(PrimaryContext primary) {
    return primary.getParent() instanceof OperationContext operation
        && operation.getParent() instanceof ExpressionContext expression
        && expression.getParent() instanceof ValueArgumentContext argument
        && argument.EQUAL() != null
        && argument.expression(0) == expression;
  }
}
