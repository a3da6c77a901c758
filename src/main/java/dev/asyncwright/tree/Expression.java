package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ElementsContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.LambdefContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.ParenthesizedContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SubscriptContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A typed view of an expression. The grammar keeps an atom and its trailers ({@code a.b(c)[d]}) as
 * one flat node and the operands of an operation as one flat list; a view gives them the shape
 * Python gives them: {@code a.b(c)[d]} is a {@link Subscript} of a {@link Call} of an {@link
 * Attribute} of a {@link Name}. Views are made on demand, hold no more than the node they look at,
 * and know their code-point range, so fixes go on editing text.
 */
public sealed interface Expression extends Node
    permits Name, Attribute, Call, Subscript, Atom, Await, Compound {

  /** The value the whole primary gives: the atom with all its trailers. */
  static Expression of(PrimaryContext primary) {
    return of(primary, Chain.count(primary));
  }

  /** The value of the primary's atom and its first {@code trailers} trailers. */
  static Expression of(PrimaryContext primary, int trailers) {
    if (trailers == 0) {
      return primary instanceof NameAtomContext name ? new Name(name) : new Atom(primary);
    }
    TrailerContext last = Chain.trailer(primary, trailers - 1);
    if (last instanceof CallContext) {
      return new Call(primary, trailers - 1);
    }
    if (last instanceof AttributeContext) {
      return new Attribute(primary, trailers - 1);
    }
    if (last instanceof SubscriptContext) {
      return new Subscript(primary, trailers - 1);
    }
    throw new IllegalStateException("unknown trailer: " + last.getClass().getSimpleName());
  }

  /**
   * The view of an expression: the primary it is when it is nothing else ({@code f(x)}), an {@link
   * Await} of one ({@code await f(x)}), or else a {@link Compound} (operators, a conditional, a
   * lambda).
   */
  static Expression of(ExpressionContext expression) {
    if (expression.lambdef() == null && expression.IF() == null) {
      OperationContext operation = expression.operation(0);
      if (operation.children.size() == 1) {
        return of((PrimaryContext) operation.getChild(0));
      }
      if (operation.children.size() == 2 && operation.AWAIT() != null) {
        return new Await(operation);
      }
    }
    return new Compound(expression);
  }

  /**
   * What the code around this value does with it. Only a whole primary (not the callee of a call or
   * the object of an attribute) stands in an operation; any other value is used by the longer chain
   * it starts, and is {@link ValueUse.Other}.
   */
  default ValueUse use() {
    return ValueUses.of(this);
  }

  /** The statement whose text holds this expression. */
  default Statement statement() {
    return Statement.holding(context()).orElseThrow();
  }

  /**
   * Whether the expression is evaluated inside a generator expression of its function ({@code (f(x)
   * for x in y)}, {@code sum(f(x) for x in y)}), where an {@code await} would make the generator an
   * async generator that a plain {@code for} cannot iterate.
   */
  default boolean inGeneratorExpression() {
    for (ParseTree node = context().getParent(); node != null; node = node.getParent()) {
      if (node instanceof FunctionDefContext || node instanceof LambdefContext) {
        return false;
      }
      if (node instanceof ElementsContext elements
          && elements.comprehension() != null
          && elements.getParent() instanceof ParenthesizedContext) {
        return true;
      }
      if (node instanceof ValueArgumentContext argument && argument.comprehension() != null) {
        return true;
      }
    }
    return false;
  }

  /** The innermost {@code def} whose body holds this expression, if any. */
  default Optional<Function> function() {
    return Function.enclosing(context());
  }

  /** The node that holds the expression's first token (for chains, the whole primary). */
  @Override
  ParserRuleContext context();
}
