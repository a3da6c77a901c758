package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.DoubleStarArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.StarArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import java.util.Optional;

/** One argument of a call: positional, {@code name=value}, {@code *args} or {@code **kwargs}. */
public record Argument(ArgumentContext context) implements Node {

  public enum Kind {
    POSITIONAL,
    KEYWORD,
    STAR,
    DOUBLE_STAR
  }

  public Kind kind() {
    if (context instanceof StarArgumentContext) {
      return Kind.STAR;
    }
    if (context instanceof DoubleStarArgumentContext) {
      return Kind.DOUBLE_STAR;
    }
    return ((ValueArgumentContext) context).EQUAL() == null ? Kind.POSITIONAL : Kind.KEYWORD;
  }

  /** The parameter a keyword argument names ({@code timeout} in {@code timeout=5}). */
  public Optional<String> keyword() {
    return kind() == Kind.KEYWORD
        ? Optional.of(((ValueArgumentContext) context).expression(0).getText())
        : Optional.empty();
  }

  /**
   * The value passed: the expression of a positional or keyword argument, the operand of {@code *}
   * or {@code **}; empty for a generator ({@code f(x for x in y)}) or an assignment expression
   * ({@code f(y := g())}), which are values of their own.
   */
  public Optional<Expression> value() {
    if (context instanceof StarArgumentContext star) {
      return star.comprehension() == null
          ? Optional.of(Expression.of(star.expression()))
          : Optional.empty();
    }
    if (context instanceof DoubleStarArgumentContext doubleStar) {
      return Optional.of(Expression.of(doubleStar.expression()));
    }
    ValueArgumentContext value = (ValueArgumentContext) context;
    if (value.EQUAL() != null) {
      return Optional.of(Expression.of(value.expression(1)));
    }
    return value.COLONEQUAL() == null && value.comprehension() == null
        ? Optional.of(Expression.of(value.expression(0)))
        : Optional.empty();
  }
}
