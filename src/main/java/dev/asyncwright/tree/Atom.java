package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;

/**
 * An atom other than a name, before any trailer: a literal, a string, {@code ...}, a parenthesized
 * expression or tuple, a list, dict or set display (or comprehension).
 */
public record Atom(PrimaryContext context) implements Expression {

  @Override
  public int end() {
    TrailerContext first = context.getRuleContext(TrailerContext.class, 0);
    return first == null ? Node.endOf(context) : first.getStart().getStartIndex();
  }
}
