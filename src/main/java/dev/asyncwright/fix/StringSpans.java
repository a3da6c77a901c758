package dev.asyncwright.fix;

import dev.asyncwright.python.antlr.PythonLexer;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Where a string's text spans lines: a rewrite that moves or indents lines must leave those lines
 * as they are, or the string's value changes.
 */
public final class StringSpans {

  private StringSpans() {}

  /**
   * Whether a string of the node spans lines, whose text must not change when the node moves: a
   * token other than a line break or comment that spans lines, or an f-string whose start and end
   * stand on different lines (the line breaks may all be in its replacement fields, whose text
   * {@code {x=}} shows).
   */
  public static boolean spansStringLines(List<Token> tokens, ParserRuleContext node) {
    int depth = 0; // of f-strings
    for (int i = node.getStart().getTokenIndex(); i <= node.getStop().getTokenIndex(); i++) {
      Token token = tokens.get(i);
      int type = token.getType();
      if (opensFString(type)) {
        depth++;
      } else if (closesFString(type) && depth > 0) {
        depth--;
      }
      boolean lineBreak = token.getText().contains("\n") || token.getText().contains("\r");
      if (lineBreak && (depth > 0 || !isLineBreakOrComment(type))) {
        return true;
      }
    }
    return false;
  }

  /** An f-string or a t-string (PEP 750) starts: both hold replacement fields. */
  private static boolean opensFString(int type) {
    return type == PythonLexer.FSTRING_START || type == PythonLexer.TSTRING_START;
  }

  private static boolean closesFString(int type) {
    return type == PythonLexer.FSTRING_END || type == PythonLexer.TSTRING_END;
  }

  private static boolean isLineBreakOrComment(int type) {
    return type == PythonLexer.NEWLINE
        || type == PythonLexer.NL
        || type == PythonLexer.LINE_JOIN
        || type == PythonLexer.COMMENT;
  }

  /**
   * Whether an offset (a line's start) falls inside a string, whose text must not change: after the
   * first character of a token other than a line break or comment (a string that spans lines), or
   * anywhere after an f-string's start up to its end, which the lexer gives as several tokens
   * (literal text, replacement fields, nested f-strings).
   */
  public static boolean insideString(List<Token> tokens, int offset) {
    // the token that holds the offset, if any, is the last one that starts before it
    int low = 0;
    int high = tokens.size() - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (tokens.get(middle).getStartIndex() < offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    while (low > 0 && tokens.get(low).getStopIndex() < tokens.get(low).getStartIndex()) {
      low--; // INDENT, DEDENT: zero width
    }
    Token token = tokens.get(low);
    if (token.getStartIndex() >= offset) {
      return false; // the offset is before the first token
    }
    if (token.getStopIndex() >= offset && !isLineBreakOrComment(token.getType())) {
      return true;
    }
    // an f-string opened before the offset on its logical line and not closed before it
    int depth = 0;
    for (int i = low; i >= 0; i--) {
      Token before = tokens.get(i);
      int type = before.getType();
      if (closesFString(type)) {
        depth++;
      } else if (opensFString(type)) {
        if (depth == 0) {
          return true;
        }
        depth--;
      } else if (isLineBreak(before)) {
        return false; // an f-string holds no logical line break
      }
    }
    return false;
  }

  private static boolean isLineBreak(Token token) {
    return token.getType() == PythonLexer.NEWLINE && token.getChannel() == Token.DEFAULT_CHANNEL;
  }
}
