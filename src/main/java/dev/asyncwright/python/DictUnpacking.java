package dev.asyncwright.python;

import dev.asyncwright.python.antlr.PythonLexer;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * CPython's words for a {@code **} where only a dict display or a call takes one: {@code [**d for d
 * in ds]}, {@code (**d for d in ds)}, {@code [a, **d]}, {@code (**d)}. The {@code *} forms are
 * valid in comprehensions since 3.15 (PEP 798); the {@code **} forms stay errors.
 */
final class DictUnpacking {

  /** What ends an operand: a bracket after one opens a call or a subscript, not a display. */
  private static final Set<Integer> OPERAND_ENDS =
      Set.of(
          PythonLexer.NAME,
          PythonLexer.MATCH,
          PythonLexer.CASE,
          PythonLexer.TYPE,
          PythonLexer.UNDERSCORE,
          PythonLexer.LAZY,
          PythonLexer.RPAR,
          PythonLexer.RSQB,
          PythonLexer.RBRACE,
          PythonLexer.NUMBER,
          PythonLexer.STRING,
          PythonLexer.FSTRING_END,
          PythonLexer.TSTRING_END,
          PythonLexer.NONE,
          PythonLexer.TRUE,
          PythonLexer.FALSE,
          PythonLexer.ELLIPSIS);

  private DictUnpacking() {}

  /** The message for a syntax error at a {@code **} inside a list or parentheses, or null. */
  static String message(List<Token> visible, int at) {
    if (visible.get(at).getType() != PythonLexer.DOUBLESTAR) {
      return null;
    }
    int opener = opener(visible, at);
    if (opener < 0 || (opener > 0 && OPERAND_ENDS.contains(visible.get(opener - 1).getType()))) {
      return null;
    }
    boolean list = visible.get(opener).getType() == PythonLexer.LSQB;
    // only a first element can be a comprehension's, or alone in its parentheses
    int after = opener == at - 1 ? afterOperand(visible, at) : PythonLexer.COMMA;
    if (after == PythonLexer.FOR) {
      return "cannot use dict unpacking in "
          + (list ? "list comprehension" : "generator expression");
    }
    if (!list && after == PythonLexer.RPAR) {
      return "cannot use double starred expression here";
    }
    return "cannot use dict unpacking here";
  }

  /** The index of the {@code [} or {@code (} whose element the {@code **} starts, or -1. */
  private static int opener(List<Token> visible, int at) {
    int type = visible.get(at - 1).getType();
    if (type == PythonLexer.LSQB || type == PythonLexer.LPAR) {
      return at - 1;
    }
    if (type != PythonLexer.COMMA) {
      return -1;
    }
    int depth = 0;
    for (int i = at - 1; i >= 0; i--) {
      int before = visible.get(i).getType();
      if (before == PythonLexer.RPAR
          || before == PythonLexer.RSQB
          || before == PythonLexer.RBRACE) {
        depth++;
      } else if (before == PythonLexer.LPAR
          || before == PythonLexer.LSQB
          || before == PythonLexer.LBRACE) {
        if (depth == 0) {
          return before == PythonLexer.LBRACE ? -1 : i;
        }
        depth--;
      } else if (before == PythonLexer.NEWLINE) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The type of the first token after the {@code **}'s operand at its own bracket depth: a {@code
   * for}, a comma, a closing bracket or the end of the line.
   */
  private static int afterOperand(List<Token> visible, int at) {
    int depth = 0;
    for (int i = at + 1; i < visible.size(); i++) {
      int type = visible.get(i).getType();
      if (type == PythonLexer.LPAR || type == PythonLexer.LSQB || type == PythonLexer.LBRACE) {
        depth++;
      } else if (type == PythonLexer.RPAR
          || type == PythonLexer.RSQB
          || type == PythonLexer.RBRACE) {
        if (depth == 0) {
          return type;
        }
        depth--;
      } else if (depth == 0
          && (type == PythonLexer.FOR
              || type == PythonLexer.COMMA
              || type == PythonLexer.NEWLINE)) {
        return type;
      }
    }
    return Token.EOF;
  }
}
