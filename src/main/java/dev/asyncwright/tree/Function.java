package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.DecoratedContext;
import dev.asyncwright.python.antlr.PythonParser.DecoratorContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.ParameterContext;
import dev.asyncwright.python.antlr.PythonParser.PlainParameterContext;
import dev.asyncwright.python.antlr.PythonParser.PositionalOnlyMarkerContext;
import dev.asyncwright.python.antlr.PythonParser.StarParameterContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;

/** A {@code def} or {@code async def}. */
public record Function(FunctionDefContext context) implements Node {

  /**
   * The innermost {@code def} whose body holds the node. A {@code lambda} or class body in between
   * does not count: ask the semantic model for scopes.
   */
  public static Optional<Function> enclosing(ParseTree node) {
    ParseTree child = node;
    for (ParseTree parent = node.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof FunctionDefContext function && child == function.block()) {
        return Optional.of(new Function(function));
      }
      child = parent;
    }
    return Optional.empty();
  }

  public String name() {
    return context.name().getText();
  }

  public boolean isAsync() {
    return context.ASYNC() != null;
  }

  /** The decorators' expressions, outermost first. */
  public List<Expression> decorators() {
    List<Expression> decorators = new ArrayList<>();
    if (context.getParent() instanceof DecoratedContext decorated) {
      for (DecoratorContext decorator : decorated.decorator()) {
        decorators.add(Expression.of(decorator.namedExpression().expression(0)));
      }
    }
    return decorators;
  }

  /** The named parameters in order ({@code /} and a bare {@code *} are not parameters). */
  public List<Parameter> parameters() {
    List<Parameter> parameters = new ArrayList<>();
    if (context.parameters() == null) {
      return parameters;
    }
    boolean keywordOnly = false;
    for (ParameterContext parameter : context.parameters().parameter()) {
      if (parameter instanceof PositionalOnlyMarkerContext) {
        // every parameter before the marker is positional-only
        parameters.replaceAll(
            before ->
                before.kind() == Parameter.Kind.POSITIONAL_OR_KEYWORD
                    ? new Parameter(before.context(), Parameter.Kind.POSITIONAL_ONLY)
                    : before);
      } else if (parameter instanceof StarParameterContext star) {
        keywordOnly = true;
        if (star.name() != null) {
          parameters.add(new Parameter(star, Parameter.Kind.VAR_POSITIONAL));
        }
      } else if (parameter instanceof PlainParameterContext) {
        parameters.add(
            new Parameter(
                parameter,
                keywordOnly ? Parameter.Kind.KEYWORD_ONLY : Parameter.Kind.POSITIONAL_OR_KEYWORD));
      } else {
        parameters.add(new Parameter(parameter, Parameter.Kind.VAR_KEYWORD));
      }
    }
    return parameters;
  }

  /** The return annotation ({@code -> int}), if written. */
  public Optional<ExpressionContext> returnAnnotation() {
    return Optional.ofNullable(context.expression());
  }
}
