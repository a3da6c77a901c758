package dev.asyncwright.config;

import dev.asyncwright.python.PythonVersion;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The oldest Python 3 that a version specifier admits: PEP 440's ({@code >=3.9}, {@code ~=3.10},
 * {@code ==3.12.*}, {@code >=3.8,<4}, {@code >3.8}) and Poetry's ({@code ^3.9}, {@code ~3.9},
 * {@code 3.9.*}, {@code >=3.9 || >=3.7,<3.8}).
 */
final class PythonSpecifier {

  /** One clause that bounds the version from below; {@code <}, {@code <=} and {@code !=} do not. */
  private static final Pattern LOWER_BOUND =
      Pattern.compile("(?:>=|~=|===|==|>|\\^|~)?\\s*3(?:\\.(\\d+|\\*))?(?:\\.[\\d*]+)*");

  /** The oldest version we target, for bounds that admit anything older. */
  private static final int OLDEST = 8;

  private PythonSpecifier() {}

  /**
   * The lower bound, if the specifier has one: within a comma-separated clause list the highest
   * bound holds (all must be met), between {@code ||} alternatives the lowest.
   */
  static Optional<PythonVersion> lowerBound(String specifier) {
    Integer lowest = null;
    for (String alternative : specifier.split("\\|\\|?")) {
      Integer bound = null;
      for (String clause : alternative.split(",")) {
        String text = clause.trim();
        if (text.startsWith("<") || text.startsWith("!=")) {
          continue;
        }
        Matcher matcher = LOWER_BOUND.matcher(text);
        if (!matcher.matches()) {
          continue;
        }
        String minorText = matcher.group(1);
        if (minorText != null && minorText.length() > 3) {
          continue; // 3.99999999999999999999 names no Python: the clause says nothing
        }
        int minor = minorText == null || minorText.equals("*") ? 0 : Integer.parseInt(minorText);
        // >3.8 admits 3.8.1, which is still 3.8 to us
        minor = Math.max(minor, OLDEST);
        bound = bound == null ? minor : Math.max(bound, minor);
      }
      if (bound != null) {
        lowest = lowest == null ? bound : Math.min(lowest, bound);
      }
    }
    return lowest == null ? Optional.empty() : Optional.of(new PythonVersion(lowest));
  }
}
