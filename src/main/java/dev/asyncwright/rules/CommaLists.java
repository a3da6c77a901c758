package dev.asyncwright.rules;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.python.antlr.PythonLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Removing one item from a comma-separated list (call arguments, the names of a {@code from ...
 * import}) together with its comma, leaving every other byte as it was: an item on lines of its own
 * goes with its lines (and the comment at their end), an item inside a line goes with the comma and
 * space after it, the last item takes the comma before it, and a trailing comma stays trailing.
 */
public final class CommaLists {

  private CommaLists() {}

  /**
   * The edits that remove {@code items.get(index)}.
   *
   * @param open the opening bracket around the list, or {@code null} if there is none
   * @param close the closing bracket, or {@code null}
   */
  public static List<Edit> remove(
      RuleContext context,
      List<? extends ParserRuleContext> items,
      int index,
      Token open,
      Token close) {
    List<Token> tokens = context.model().module().tokens();
    ParserRuleContext item = items.get(index);
    int first = item.getStart().getTokenIndex();
    int last = item.getStop().getTokenIndex();
    Token after = next(tokens, last);
    boolean comma = after != null && after.getType() == PythonLexer.COMMA;
    Token before = previous(tokens, first);
    List<Edit> edits = new ArrayList<>();

    int lineBreak = lineEndAfter(tokens, comma ? after.getTokenIndex() : last);
    int lineStart = lineStartBefore(tokens, first);
    if (lineStart >= 0 && lineBreak >= 0) {
      // The item has its lines to itself: they go, with the comment that ends them.
      edits.add(Edit.delete(lineStart, tokens.get(lineBreak).getStopIndex() + 1));
      if (!comma && before.getType() == PythonLexer.COMMA) {
        edits.add(Edit.delete(before.getStartIndex(), before.getStopIndex() + 1));
      }
      return edits;
    }
    if (items.size() == 1) {
      if (open != null && close != null && !hasComment(tokens, open, close)) {
        edits.add(Edit.delete(open.getStopIndex() + 1, close.getStartIndex()));
      } else {
        edits.add(
            Edit.delete(
                item.getStart().getStartIndex(),
                (comma ? after : item.getStop()).getStopIndex() + 1));
      }
      return edits;
    }

    if (comma) {
      Token following = next(tokens, after.getTokenIndex());
      boolean sameLine = !breaksBetween(tokens, after.getTokenIndex(), following.getTokenIndex());
      if (sameLine && following != close) {
        // `f(a, ITEM, b)` -> `f(a, b)`
        edits.add(Edit.delete(item.getStart().getStartIndex(), following.getStartIndex()));
      } else {
        // `f(a, ITEM,)` -> `f(a,)`; `f(a, ITEM,  # note` -> `f(a,  # note`
        edits.add(Edit.delete(before.getStopIndex() + 1, after.getStopIndex() + 1));
      }
      return edits;
    }
    // The last item, without a trailing comma: it takes the comma before it.
    if (!hasComment(tokens, before, item.getStart())) {
      edits.add(Edit.delete(before.getStartIndex(), item.getStop().getStopIndex() + 1));
    } else {
      edits.add(Edit.delete(before.getStartIndex(), before.getStopIndex() + 1));
      int start = item.getStart().getStartIndex();
      Token space = tokens.get(first - 1);
      if (space.getType() == PythonLexer.WS) {
        start = space.getStartIndex();
      }
      edits.add(Edit.delete(start, item.getStop().getStopIndex() + 1));
    }
    return edits;
  }

  /**
   * Where the line of the token at {@code index} starts, if only whitespace stands before the token
   * on its line; -1 otherwise.
   */
  static int lineStartBefore(List<Token> tokens, int index) {
    int start = tokens.get(index).getStartIndex();
    for (int i = index - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      int type = token.getType();
      if (type == PythonLexer.WS || isZeroWidth(token)) {
        start = Math.min(start, token.getStartIndex());
        continue;
      }
      return type == PythonLexer.NL || type == PythonLexer.NEWLINE ? start : -1;
    }
    return 0;
  }

  /**
   * The index of the line break that ends the line of the token at {@code index}, if only
   * whitespace and a comment follow the token on its line; -1 otherwise.
   */
  static int lineEndAfter(List<Token> tokens, int index) {
    for (int i = index + 1; i < tokens.size(); i++) {
      int type = tokens.get(i).getType();
      if (type == PythonLexer.NL || type == PythonLexer.NEWLINE) {
        return i;
      }
      if (type != PythonLexer.WS && type != PythonLexer.COMMENT) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isZeroWidth(Token token) {
    return token.getStopIndex() < token.getStartIndex();
  }

  /** The next token the parser sees after the one at {@code index}. */
  static Token next(List<Token> tokens, int index) {
    for (int i = index + 1; i < tokens.size(); i++) {
      if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
        return tokens.get(i);
      }
    }
    return null;
  }

  /** The token the parser saw before the one at {@code index}. */
  static Token previous(List<Token> tokens, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
        return tokens.get(i);
      }
    }
    return null;
  }

  private static boolean hasComment(List<Token> tokens, Token from, Token to) {
    for (int i = from.getTokenIndex() + 1; i < to.getTokenIndex(); i++) {
      if (tokens.get(i).getType() == PythonLexer.COMMENT) {
        return true;
      }
    }
    return false;
  }

  private static boolean breaksBetween(List<Token> tokens, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int type = tokens.get(i).getType();
      if (type == PythonLexer.NL || type == PythonLexer.NEWLINE || type == PythonLexer.LINE_JOIN) {
        return true;
      }
    }
    return false;
  }
}
