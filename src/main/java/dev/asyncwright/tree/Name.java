package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;

/** A bare name ({@code loop}): the atom of a primary, before any trailer. */
public record Name(NameAtomContext context) implements Expression {

  public String identifier() {
    return context.getStart().getText();
  }

  @Override
  public int end() {
    return context.getStart().getStopIndex() + 1;
  }
}
