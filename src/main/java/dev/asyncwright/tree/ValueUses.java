package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.AssertStatementContext;
import dev.asyncwright.python.antlr.PythonParser.AssignedValueContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.BinaryOperatorContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ComprehensionForContext;
import dev.asyncwright.python.antlr.PythonParser.ElifClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.IfStatementContext;
import dev.asyncwright.python.antlr.PythonParser.NamedExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.ReturnStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.WhileStatementContext;
import dev.asyncwright.python.antlr.PythonParser.WithItemContext;
import dev.asyncwright.tree.ValueUse.Test;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Finds a value's {@link ValueUse}. An operation is a flat list of operands and operators, so what
 * is done with an operand depends on the operators next to it: {@code and}/{@code or} bind looser
 * than any other, and {@code not} looser than every operator but them.
 */
final class ValueUses {

  private static final ValueUse OTHER = new ValueUse.Other();

  private ValueUses() {}

  static ValueUse of(Expression value) {
    if (value instanceof Compound compound) {
      return ofExpression(compound.context());
    }
    if (value instanceof Await await) {
      return ofOperation(await.context());
    }
    PrimaryContext primary = (PrimaryContext) value.context();
    int trailers = Chain.count(primary);
    boolean whole =
        value instanceof Name || value instanceof Atom
            ? trailers == 0
            : value.end() == Node.endOf(primary);
    if (!whole || !(primary.getParent() instanceof OperationContext operation)) {
      return OTHER;
    }
    return ofOperand(operation, Children.indexOf(operation, primary, 0));
  }

  /** The use of the operand whose primary is the operation's child at {@code index}. */
  private static ValueUse ofOperand(OperationContext operation, int index) {
    int first = index;
    while (first > 0 && operation.getChild(first - 1) instanceof TerminalNode) {
      first--;
    }
    if (first < index
        && ((TerminalNode) operation.getChild(index - 1)).getSymbol().getType()
            == PythonParser.AWAIT) {
      // what the operators around do is done with the awaited result, not this value
      return new ValueUse.Awaited(operation);
    }
    boolean negated = false;
    for (int i = first; i < index; i++) {
      int type = ((TerminalNode) operation.getChild(i)).getSymbol().getType();
      if (type != PythonParser.NOT) {
        return OTHER;
      }
      negated = true;
    }
    ParseTree before = first > 0 ? operation.getChild(first - 1) : null;
    ParseTree after = index + 1 < operation.getChildCount() ? operation.getChild(index + 1) : null;
    if ((before != null && !isBoolean(before)) || (after != null && !isBoolean(after))) {
      return OTHER;
    }
    if (negated) {
      return new ValueUse.Tested(Test.NOT);
    }
    if (after != null) {
      return new ValueUse.Tested(Test.BOOLEAN);
    }
    if (before != null) {
      // the last operand of `and`/`or` may be the value of the whole
      return OTHER;
    }
    return ofOperation(operation);
  }

  /** The use of an operation's value, from the expression that holds it. */
  static ValueUse ofOperation(OperationContext operation) {
    if (operation.getParent() instanceof ComprehensionForContext loop) {
      return operation == loop.operation(0) ? OTHER : new ValueUse.Tested(Test.FILTER);
    }
    if (!(operation.getParent() instanceof ExpressionContext expression)) {
      return OTHER;
    }
    if (expression.IF() != null) {
      return operation == expression.operation(1) ? new ValueUse.Tested(Test.CONDITIONAL) : OTHER;
    }
    return ofExpression(expression);
  }

  private static boolean isBoolean(ParseTree operator) {
    return operator instanceof BinaryOperatorContext binary
        && (binary.AND() != null || binary.OR() != null);
  }

  /** The use of a whole expression, from the node that holds it. */
  private static ValueUse ofExpression(ExpressionContext expression) {
    ParserRuleContext parent = expression.getParent();
    if (parent instanceof NamedExpressionContext named && named.COLONEQUAL() == null) {
      ParserRuleContext holder = named.getParent();
      if (holder instanceof IfStatementContext) {
        return new ValueUse.Tested(Test.IF);
      }
      if (holder instanceof ElifClauseContext) {
        return new ValueUse.Tested(Test.ELIF);
      }
      return holder instanceof WhileStatementContext ? new ValueUse.Tested(Test.WHILE) : OTHER;
    }
    if (parent instanceof ValueArgumentContext argument
        && argument.COLONEQUAL() == null
        && argument.comprehension() == null
        && argument.expression(argument.EQUAL() == null ? 0 : 1) == expression
        && argument.getParent().getParent() instanceof CallContext call
        && call.getParent() instanceof PrimaryContext callee) {
      return new ValueUse.Passed(
          new Call(callee, Chain.indexOf(callee, call)), new Argument(argument));
    }
    if (parent instanceof WithItemContext item && item.expression() == expression) {
      return new ValueUse.Entered(item);
    }
    if (parent instanceof AssertStatementContext assertion) {
      return assertion.expression(0) == expression ? new ValueUse.Tested(Test.ASSERT) : OTHER;
    }
    if (!(parent instanceof StarExpressionContext star)
        || !(star.getParent() instanceof StarExpressionsContext list)
        || list.starExpression().size() != 1
        || !list.COMMA().isEmpty()) {
      return OTHER;
    }
    ParserRuleContext holder = list.getParent();
    if (holder instanceof ExpressionStatementContext statement
        && statement.assignmentTail() == null) {
      return new ValueUse.Discarded((SimpleStatementContext) statement.getParent());
    }
    if (holder instanceof ReturnStatementContext returned) {
      return new ValueUse.Returned(returned);
    }
    if (holder instanceof AssignedValueContext assigned
        && assigned.getParent() instanceof AssignmentContext assignment
        && assignment.assignedValue().size() == 1
        && assignment.getParent() instanceof ExpressionStatementContext statement
        && statement.starExpressions() != null) {
      return new ValueUse.Assigned(statement);
    }
    return OTHER;
  }
}
