package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.DoubleStarParameterContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ParameterContext;
import dev.asyncwright.python.antlr.PythonParser.PlainParameterContext;
import dev.asyncwright.python.antlr.PythonParser.StarParameterContext;
import java.util.Optional;

/** A named parameter of a {@code def}, with how it may be passed. */
public record Parameter(ParameterContext context, Kind kind) implements Node {

  public enum Kind {
    /** before {@code /} */
    POSITIONAL_ONLY,
    POSITIONAL_OR_KEYWORD,
    /** {@code *args} */
    VAR_POSITIONAL,
    /** after {@code *} or {@code *args} */
    KEYWORD_ONLY,
    /** {@code **kwargs} */
    VAR_KEYWORD
  }

  public String name() {
    if (context instanceof PlainParameterContext plain) {
      return plain.name().getText();
    }
    if (context instanceof StarParameterContext star) {
      return star.name().getText();
    }
    return ((DoubleStarParameterContext) context).name().getText();
  }

  /** The annotation ({@code int} in {@code x: int}), if written. */
  public Optional<ExpressionContext> annotation() {
    if (context instanceof PlainParameterContext plain) {
      return Optional.ofNullable(plain.COLON() == null ? null : plain.expression(0));
    }
    if (context instanceof StarParameterContext star) {
      return Optional.ofNullable(star.expression());
    }
    return Optional.ofNullable(((DoubleStarParameterContext) context).expression());
  }

  /** The default value ({@code 5} in {@code x=5}), if written. */
  public Optional<ExpressionContext> defaultValue() {
    if (context instanceof PlainParameterContext plain && plain.EQUAL() != null) {
      return Optional.of(plain.expression(plain.expression().size() - 1));
    }
    return Optional.empty();
  }
}
