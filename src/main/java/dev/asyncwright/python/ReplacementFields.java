package dev.asyncwright.python;

import dev.asyncwright.python.antlr.PythonLexer;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * CPython's words for the syntax errors of an f-string's or t-string's replacement field, found
 * from the tokens around the error: a field with no expression ({@code f'{}'}, {@code f'{=x}'}) and
 * a lambda whose colon became the start of the format spec ({@code f'{lambda x: 1}'}).
 */
final class ReplacementFields {

  /** What may follow the expression of a field; CPython names the one met too early. */
  private static final Set<Integer> AFTER_EXPRESSION =
      Set.of(PythonLexer.RBRACE, PythonLexer.EQUAL, PythonLexer.EXCLAMATION, PythonLexer.COLON);

  /** The tokens a field's own brace follows at once: the literal's start, text, spec, field. */
  private static final Set<Integer> BEFORE_FIELD =
      Set.of(
          PythonLexer.FSTRING_START,
          PythonLexer.TSTRING_START,
          PythonLexer.FSTRING_MIDDLE,
          PythonLexer.TSTRING_MIDDLE,
          PythonLexer.COLON,
          PythonLexer.RBRACE);

  private ReplacementFields() {}

  /** "f-string: valid expression required before '}'", if the error is a field left empty. */
  static String emptyField(List<Token> tokens, Token offending) {
    int index = offending.getTokenIndex();
    if (!AFTER_EXPRESSION.contains(offending.getType())
        || index < 2
        || tokens.get(index - 1).getType() != PythonLexer.LBRACE
        || !BEFORE_FIELD.contains(tokens.get(index - 2).getType())) {
      return null;
    }
    String kind = kind(tokens, offending);
    return kind == null
        ? null
        : kind + ": valid expression required before '" + offending.getText() + "'";
  }

  /**
   * The {@code lambda} that opens a field whose format spec the error is in: the lambda's colon
   * started the spec, as CPython's tokenizer decides too.
   */
  static Token bareLambda(List<Token> tokens, Token offending) {
    for (int i = offending.getTokenIndex() - 1; i > 0; i--) {
      Token token = tokens.get(i);
      int type = token.getType();
      if (type == PythonLexer.LBRACE && BEFORE_FIELD.contains(tokens.get(i - 1).getType())) {
        Token first = nextVisible(tokens, i);
        return first != null && first.getType() == PythonLexer.LAMBDA && kind(tokens, token) != null
            ? first
            : null;
      }
      if (type == PythonLexer.NEWLINE
          || type == PythonLexer.RBRACE
          || type == PythonLexer.FSTRING_START
          || type == PythonLexer.TSTRING_START) {
        return null;
      }
    }
    return null;
  }

  /** "f-string" or "t-string": the literal the token stands in, or null outside any. */
  static String kind(List<Token> tokens, Token inside) {
    int depth = 0;
    for (int i = inside.getTokenIndex() - 1; i >= 0; i--) {
      int type = tokens.get(i).getType();
      if (type == PythonLexer.FSTRING_END || type == PythonLexer.TSTRING_END) {
        depth++;
      } else if (type == PythonLexer.FSTRING_START || type == PythonLexer.TSTRING_START) {
        if (depth == 0) {
          return type == PythonLexer.FSTRING_START ? "f-string" : "t-string";
        }
        depth--;
      } else if (type == PythonLexer.NEWLINE) {
        return null; // a literal holds no logical line break
      }
    }
    return null;
  }

  private static Token nextVisible(List<Token> tokens, int index) {
    for (int i = index + 1; i < tokens.size(); i++) {
      if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
        return tokens.get(i);
      }
    }
    return null;
  }
}
