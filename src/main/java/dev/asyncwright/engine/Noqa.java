package dev.asyncwright.engine;

import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonLexer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * {@code # noqa} comments: on a line, bare {@code # noqa} suppresses every finding and {@code #
 * noqa: AW101, AW201} the ones named (Ruff's and flake8's syntax).
 *
 * <p>In the engine, not in {@code config}: a comment in the checked file is read with the file's
 * tokens and applied to the file's findings, and the engine stands below the configuration (which
 * only chooses the rules and the target).
 */
final class Noqa {

  private static final Pattern NOQA =
      Pattern.compile(
          "#\\s*noqa(?::\\s*(?<codes>[A-Za-z]+[0-9]+(?:[\\s,]+[A-Za-z]+[0-9]+)*))?",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> ALL = Set.of("*");

  /** No suppression anywhere. */
  static final Noqa NONE = new Noqa(Map.of());

  private final Map<Integer, Set<String>> byLine;

  private Noqa(Map<Integer, Set<String>> byLine) {
    this.byLine = byLine;
  }

  /** The noqa comments of a module, by 1-based line. */
  static Noqa of(ParsedModule module) {
    Map<Integer, Set<String>> byLine = new HashMap<>();
    SourceFile source = module.source();
    for (Token token : module.tokens()) {
      if (token.getType() != PythonLexer.COMMENT) {
        continue;
      }
      Matcher matcher = NOQA.matcher(token.getText());
      if (!matcher.find()) {
        continue;
      }
      int line = source.positionOfCodePoint(token.getStartIndex()).line();
      String codes = matcher.group("codes");
      if (codes == null) {
        byLine.put(line, ALL);
      } else {
        Set<String> set = byLine.computeIfAbsent(line, key -> new HashSet<>());
        if (set != ALL) {
          for (String code : codes.split("[\\s,]+")) {
            set.add(code.toUpperCase(Locale.ROOT));
          }
        }
      }
    }
    return new Noqa(byLine);
  }

  /** Whether a finding of that code on that line is suppressed. */
  boolean suppresses(int line, String code) {
    Set<String> codes = byLine.get(line);
    return codes != null && (codes == ALL || codes.contains(code));
  }
}
