package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.tree.Attribute;
import dev.asyncwright.tree.Call;
import dev.asyncwright.tree.Expression;
import java.util.Set;

/**
 * Calls that close, stop or release what is already open ({@code c.close()}, {@code
 * conn.shutdown()}, {@code task.cancel()}): they start nothing new, however many there are, and
 * what one of them raises is rarely worth more than the others running to their end.
 */
public final class CleanupCalls {

  /** The methods, without leading underscores ({@code job._close()} is a {@code close}). */
  private static final Set<String> METHODS =
      Set.of(
          "close",
          "aclose",
          "wait_closed",
          "shutdown",
          "stop",
          "cancel",
          "disconnect",
          "release",
          "terminate",
          "cleanup",
          "dispose");

  private CleanupCalls() {}

  /** Whether an expression is nothing but a call of a cleanup method ({@code c.close()}). */
  public static boolean isCleanupCall(ExpressionContext expression) {
    return Expression.of(expression) instanceof Call call
        && call.callee() instanceof Attribute method
        && METHODS.contains(method.name().replaceFirst("^_+", ""));
  }
}
