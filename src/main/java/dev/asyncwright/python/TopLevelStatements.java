package dev.asyncwright.python;

import dev.asyncwright.python.antlr.PythonLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Where the statements at the top of a module start, among its visible tokens. A module is a
 * sequence of top-level statements, and the parser is in the same state at the start of each as at
 * the start of the file: a parse that failed can be retried from a statement start instead of from
 * the beginning (see {@link ModuleParser}).
 *
 * <p>A start is a token at indentation 0 that follows a complete logical line: not a block's {@code
 * else}, {@code elif}, {@code except} or {@code finally}, nor the {@code def} or {@code class}
 * under a decorator line, which continue the statement before them.
 */
final class TopLevelStatements {

  private final int[] starts;

  private TopLevelStatements(int[] starts) {
    this.starts = starts;
  }

  static TopLevelStatements of(Token[] visible) {
    List<Integer> found = new ArrayList<>();
    int depth = 0;
    boolean decoratorLine = false;
    boolean lineStartsWithDecorator = false;
    boolean atLineStart = true;
    for (int i = 0; i < visible.length; i++) {
      int type = visible[i].getType();
      if (type == PythonLexer.INDENT) {
        depth++;
        continue;
      }
      if (type == PythonLexer.DEDENT) {
        depth--;
        continue;
      }
      if (type == Token.EOF) {
        break;
      }
      if (atLineStart) {
        if (depth == 0 && !decoratorLine && !continuesStatement(type)) {
          found.add(i);
        }
        lineStartsWithDecorator = depth == 0 && type == PythonLexer.AT;
        atLineStart = false;
      }
      if (type == PythonLexer.NEWLINE) {
        atLineStart = true;
        decoratorLine = lineStartsWithDecorator;
      }
    }
    return new TopLevelStatements(found.stream().mapToInt(Integer::intValue).toArray());
  }

  private static boolean continuesStatement(int type) {
    return type == PythonLexer.ELSE
        || type == PythonLexer.ELIF
        || type == PythonLexer.EXCEPT
        || type == PythonLexer.FINALLY;
  }

  /**
   * The start of the statement {@code back} statements before the one holding the visible token at
   * {@code position} (0: that statement's own start); 0 when there is none.
   */
  int startBefore(int position, int back) {
    int low = 0;
    int high = starts.length - 1;
    int holding = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (starts[middle] <= position) {
        holding = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return holding - back < 0 ? 0 : starts[holding - back];
  }
}
