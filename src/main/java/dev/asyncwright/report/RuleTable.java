package dev.asyncwright.report;

import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleDoc;
import java.util.List;
import java.util.Locale;

/** The rule catalogue as a Markdown table: the README's, kept in sync by a test. */
public final class RuleTable {

  private RuleTable() {}

  public static String markdown(List<Rule> rules) {
    StringBuilder table = new StringBuilder();
    table.append("| code | name | finds | fix | safety | Python | on by default |\n");
    table.append("|---|---|---|---|---|---|---|\n");
    for (Rule rule : rules) {
      RuleDoc doc = rule.doc();
      table
          .append("| ")
          .append(rule.code())
          .append(" | ")
          .append(rule.name())
          .append(" | ")
          .append(cell(firstSentence(doc.summary())))
          .append(" | ")
          .append(cell(rule.fixSummary()))
          .append(" | ")
          .append(safety(doc.fixSafety()))
          .append(" | ")
          .append(doc.fixVersion().orElse("-"))
          .append(" | ")
          .append(onByDefault(rule))
          .append(" |\n");
    }
    return table.toString();
  }

  /**
   * Whether a check runs the rule unless told: {@code yes}, {@code preview} (only when named or
   * with preview on), or {@code from a 3.11 target} for a rule whose advice needs that Python.
   */
  public static String onByDefault(Rule rule) {
    if (rule.preview()) {
      return "preview";
    }
    return rule.adviceNeeds().map(version -> "from a " + version + " target").orElse("yes");
  }

  /** safe, unsafe, safe or unsafe, advice only: the first words of the fix-safety section. */
  public static String safety(String fixSafety) {
    String text = fixSafety.toLowerCase(Locale.ROOT);
    if (text.startsWith("advice only")) {
      return "advice only";
    }
    if (text.startsWith("unsafe")) {
      return "unsafe";
    }
    if (text.startsWith("safe when") || text.contains("otherwise unsafe")) {
      return "safe or unsafe";
    }
    return text.startsWith("safe") ? "safe" : "see docs";
  }

  private static String firstSentence(String text) {
    int stop = text.indexOf(". ");
    String sentence = stop < 0 ? text : text.substring(0, stop + 1);
    return sentence.replace('\n', ' ').strip();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
