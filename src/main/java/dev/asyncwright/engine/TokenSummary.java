package dev.asyncwright.engine;

import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.antlr.PythonLexer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * One pass over a module's tokens: which of some names occur in it, and whether a comment mentions
 * noqa. Cheaper than searching the text once per rule, and exact: a name inside a string or comment
 * is not a name.
 */
final class TokenSummary {

  private final Set<String> found;
  private final boolean noqa;

  private TokenSummary(Set<String> found, boolean noqa) {
    this.found = found;
    this.noqa = noqa;
  }

  static TokenSummary of(ParsedModule module, Set<String> names) {
    Map<Integer, List<String>> byLength = new HashMap<>();
    for (String name : names) {
      byLength.computeIfAbsent(name.length(), key -> new java.util.ArrayList<>()).add(name);
    }
    String text = module.source().text();
    boolean sameIndexes = text.length() == text.codePointCount(0, text.length());
    Set<String> found = new HashSet<>();
    boolean noqa = false;
    for (Token token : module.tokens()) {
      int type = token.getType();
      if (type == PythonLexer.ASYNC) {
        found.add("async");
      } else if (type == PythonLexer.AWAIT) {
        found.add("await");
      } else if (type == PythonLexer.NAME) {
        List<String> candidates = byLength.get(token.getStopIndex() - token.getStartIndex() + 1);
        if (candidates != null) {
          for (String candidate : candidates) {
            if (sameIndexes
                ? text.regionMatches(token.getStartIndex(), candidate, 0, candidate.length())
                : token.getText().equals(candidate)) {
              found.add(candidate);
            }
          }
        }
      } else if (type == PythonLexer.COMMENT && !noqa) {
        noqa = mentionsNoqa(text, token, sameIndexes);
      }
    }
    return new TokenSummary(found, noqa);
  }

  /** Whether a comment holds "noqa" in any case, without copying its text. */
  private static boolean mentionsNoqa(String text, Token comment, boolean sameIndexes) {
    if (!sameIndexes) {
      return comment.getText().toLowerCase(Locale.ROOT).contains("noqa");
    }
    for (int i = comment.getStartIndex(); i + 4 <= comment.getStopIndex() + 1; i++) {
      char c = text.charAt(i);
      if ((c == 'n' || c == 'N') && text.regionMatches(true, i, "noqa", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  boolean has(String name) {
    return found.contains(name);
  }

  boolean mentionsNoqa() {
    return noqa;
  }
}
