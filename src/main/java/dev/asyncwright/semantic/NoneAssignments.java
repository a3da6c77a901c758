package dev.asyncwright.semantic;

import dev.asyncwright.python.antlr.PythonParser.AssignedValueContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Plain {@code target = None} bindings. They do not change the class a value has where a method is
 * called on it (on None the call fails), as {@code Optional[X]} is {@code X} there; the type rules
 * pass over them.
 */
public final class NoneAssignments {

  private NoneAssignments() {}

  /** Whether the binding site is {@code target = None}, one target, one value. */
  public static boolean assignsNone(ParseTree site) {
    return site instanceof ExpressionStatementContext statement
        && statement.assignmentTail() instanceof AssignmentContext assignment
        && assignment.assignedValue().size() == 1
        && isNone(assignment.assignedValue(0));
  }

  /** Whether the value is {@code None} alone, without copying the text of a large one. */
  private static boolean isNone(AssignedValueContext value) {
    return value.getStart() == value.getStop() && value.getStart().getText().equals("None");
  }
}
