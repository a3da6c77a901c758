package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;

/**
 * An expression of operators ({@code a + b}, {@code not x}), a conditional expression or a lambda:
 * whatever is not one value of a primary, or an await of one.
 */
public record Compound(ExpressionContext context) implements Expression {}
