package dev.asyncwright.workspace;

import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleRegistry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The migration commit's message: a subject (the user's, or one that counts the fixes), a blank
 * line, one line per rule applied with its code, name and count, and the target. The CLI's {@code
 * --commit} and the window's commit dialog both write it here, from the fixes in the committed
 * files only.
 */
public final class MigrationMessage {

  private MigrationMessage() {}

  /**
   * @param codes the rule code of each fix in the committed files
   */
  public static String of(String subject, List<String> codes, int files, String target) {
    int fixes = codes.size();
    StringBuilder message = new StringBuilder();
    message.append(
        subject != null && !subject.isBlank()
            ? subject.strip()
            : "Modernise asyncio usage ("
                + fixes
                + (fixes == 1 ? " fix" : " fixes")
                + " in "
                + files
                + (files == 1 ? " file)" : " files)"));
    message.append("\n\n");
    perRule(codes)
        .forEach((rule, count) -> message.append(rule).append(": ").append(count).append('\n'));
    message.append("\nTarget Python: ").append(target).append('\n');
    return message.toString();
  }

  /** How many fixes each rule made, by "CODE name", in the order of the codes. */
  private static Map<String, Integer> perRule(List<String> codes) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String code : codes) {
      counts.merge(
          code + " " + RuleRegistry.byCode(code).map(Rule::name).orElse(""), 1, Integer::sum);
    }
    return counts;
  }
}
