package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonParser.AssignedValueContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.DelStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ElementsContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ListDisplayContext;
import dev.asyncwright.python.antlr.PythonParser.NamedExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.ParenthesizedContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.StarNamedExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.StarTargetContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Whether a primary is written to rather than read: the target of an assignment (plain, augmented,
 * annotated, chained, unpacked), of a {@code for}, {@code with ... as}, walrus or comprehension, or
 * of {@code del}. A rule that rewrites a reference must leave such places alone.
 */
public final class Targets {

  private Targets() {}

  public static boolean isTarget(PrimaryContext primary) {
    ParseTree child = primary;
    for (ParseTree node = primary.getParent(); node != null; node = node.getParent()) {
      if (node instanceof StarTargetContext || node instanceof DelStatementContext) {
        return true;
      }
      if (node instanceof ExpressionStatementContext statement) {
        return child == statement.starExpressions() && statement.assignmentTail() != null;
      }
      if (node instanceof AssignmentContext assignment) {
        List<AssignedValueContext> values = assignment.assignedValue();
        return child != values.get(values.size() - 1);
      }
      if (node instanceof NamedExpressionContext named) {
        if (named.COLONEQUAL() != null) {
          return child == named.expression(0);
        }
      } else if (node instanceof OperationContext || node instanceof ExpressionContext) {
        if (node.getChildCount() != 1) {
          return false;
        }
      } else if (node instanceof ElementsContext elements) {
        if (elements.comprehension() != null) {
          return false;
        }
      } else if (node instanceof ParenthesizedContext || node instanceof ListDisplayContext) {
        if (!((PrimaryContext) node).getRuleContexts(TrailerContext.class).isEmpty()) {
          return false;
        }
      } else if (!(node instanceof StarExpressionContext
          || node instanceof StarExpressionsContext
          || node instanceof StarNamedExpressionContext
          || node instanceof AssignedValueContext)) {
        return false;
      }
      child = node;
    }
    return false;
  }
}
