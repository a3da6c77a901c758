package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import java.util.List;
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
    List<TrailerContext> trailers =
        Statements.soleOperand(expression)
            .map(primary -> primary.getRuleContexts(TrailerContext.class))
            .orElse(List.of());
    return trailers.size() >= 2
        && trailers.get(trailers.size() - 1) instanceof CallContext
        && trailers.get(trailers.size() - 2) instanceof AttributeContext method
        && METHODS.contains(method.name().getText().replaceFirst("^_+", ""));
  }
}
