package dev.asyncwright.gui.model;

import dev.asyncwright.python.antlr.PythonLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Syntax colouring for the diff panes, from our own lexer: keywords, strings, comments, numbers,
 * constants and the names that {@code def} and {@code class} introduce. Meant to run off the FX
 * thread. Text after a lexical error stays plain (the lexer stops there).
 */
public final class PythonStyles {

  /** A styled range of characters (Java chars, as the text areas count), end exclusive. */
  public record Style(int start, int end, String styleClass) {}

  private static final Set<String> KEYWORDS =
      Set.of(
          "AND",
          "AS",
          "ASSERT",
          "ASYNC",
          "AWAIT",
          "BREAK",
          "CLASS",
          "CONTINUE",
          "DEF",
          "DEL",
          "ELIF",
          "ELSE",
          "EXCEPT",
          "FINALLY",
          "FOR",
          "FROM",
          "GLOBAL",
          "IF",
          "IMPORT",
          "IN",
          "IS",
          "LAMBDA",
          "NONLOCAL",
          "NOT",
          "OR",
          "PASS",
          "RAISE",
          "RETURN",
          "TRY",
          "WHILE",
          "WITH",
          "YIELD");
  private static final Set<String> CONSTANTS = Set.of("TRUE", "FALSE", "NONE");
  private static final Set<String> STRINGS =
      Set.of(
          "STRING",
          "FSTRING_START",
          "FSTRING_MIDDLE",
          "FSTRING_END",
          "TSTRING_START",
          "TSTRING_MIDDLE",
          "TSTRING_END",
          "UNTERMINATED_STRING");

  private PythonStyles() {}

  public static List<Style> of(String text) {
    List<Style> styles = new ArrayList<>();
    PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    boolean surrogates = text.length() != text.codePointCount(0, text.length());
    String previous = "";
    try {
      for (Token token = lexer.nextToken();
          token.getType() != Token.EOF;
          token = lexer.nextToken()) {
        String name = PythonLexer.VOCABULARY.getSymbolicName(token.getType());
        if (name == null || token.getStopIndex() < token.getStartIndex()) {
          continue;
        }
        String styleClass = styleClass(name, previous);
        if (!name.equals("WS") && !name.equals("NL") && !name.equals("NEWLINE")) {
          previous = name;
        }
        if (styleClass == null) {
          continue;
        }
        int start = token.getStartIndex();
        int end = token.getStopIndex() + 1;
        if (surrogates) {
          start = text.offsetByCodePoints(0, start);
          end = text.offsetByCodePoints(0, end);
        }
        styles.add(new Style(start, end, styleClass));
      }
    } catch (RuntimeException e) {
      // a lexer failure costs colours, never the view: what was coloured so far stays
    }
    return styles;
  }

  private static String styleClass(String token, String previous) {
    if (KEYWORDS.contains(token)) {
      return "keyword";
    }
    if (CONSTANTS.contains(token)) {
      return "constant";
    }
    if (STRINGS.contains(token)) {
      return "string";
    }
    return switch (token) {
      case "COMMENT" -> "comment";
      case "NUMBER" -> "number";
      case "NAME" ->
          previous.equals("DEF") || previous.equals("CLASS")
              ? "definition"
              : previous.equals("AT") ? "decorator" : null;
      default -> null;
    };
  }
}
