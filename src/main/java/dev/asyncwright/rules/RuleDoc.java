package dev.asyncwright.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's documentation, in the sections every rule has: what it finds, why that is a problem, an
 * example, what to use instead, how safe the fix is, and the Python it needs.
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

  /**
   * "3.9 (`asyncio.to_thread`)" reads "Python 3.9 or newer for the fix (`asyncio.to_thread`)"; a
   * section that names no version ("any: ...") is printed as written.
   */
  public String pythonVersionSentence() {
    Matcher version = LEADING_VERSION.matcher(pythonVersion.strip());
    if (!version.matches()) {
      String any = pythonVersion.strip();
      if (any.isEmpty() || any.equals("any")) {
        return "Any: the rule gives advice, and no fix needs a newer Python.";
      }
      return Character.toUpperCase(any.charAt(0)) + any.substring(1);
    }
    String rest = version.group(2).strip();
    return "Python "
        + version.group(1)
        + " or newer for the fix"
        + (rest.isEmpty() ? "." : " " + (rest.endsWith(".") ? rest : rest + "."));
  }
}
