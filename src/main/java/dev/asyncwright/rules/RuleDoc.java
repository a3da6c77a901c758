package dev.asyncwright.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's documentation, in the sections every rule has: what it finds, why that is a problem, an
 * example, what to use instead, how safe the fix is, and the Python it needs.
 *
 * <p>The example is a whole module (imports included) that gives the rule's finding; "use instead"
 * is what the rule's fix makes of it, or for advice only what to write, and may end, after a blank
 * line, with comment lines naming other ways. {@code RuleDocExamplesTest} checks both.
 */
public record RuleDoc(
    String summary,
    String why,
    String example,
    String useInstead,
    String fixSafety,
    String pythonVersion) {

  private static final Pattern LEADING_VERSION =
      Pattern.compile("^(\\d+\\.\\d+)\\s*(.*)$", Pattern.DOTALL);

  /** The Python the fix needs ({@code 3.9}): the version this section starts with, if any. */
  public Optional<String> fixVersion() {
    Matcher version = LEADING_VERSION.matcher(pythonVersion.strip());
    return version.matches() ? Optional.of(version.group(1)) : Optional.empty();
  }

  /**
   * "3.9 (`asyncio.to_thread`)" reads "Python 3.9 or newer for the fix (`asyncio.to_thread`)"; a
   * section that names no version ("any: ...") is printed as written.
   */
  public String pythonVersionSentence() {
    Optional<String> version = fixVersion();
    String text = pythonVersion.strip();
    if (version.isEmpty()) {
      if (text.isEmpty() || text.equals("any")) {
        return "Any: the rule gives advice, and no fix needs a newer Python.";
      }
      return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
    String rest = text.substring(version.get().length()).strip();
    return "Python "
        + version.get()
        + " or newer for the fix"
        + (rest.isEmpty() ? "." : " " + (rest.endsWith(".") ? rest : rest + "."));
  }
}
