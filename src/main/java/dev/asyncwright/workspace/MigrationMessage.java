package dev.asyncwright.workspace;

import java.util.Map;

/**
 * The migration commit's message: a subject (the user's, or one that counts the fixes), a blank
 * line, one line per rule applied with its code, name and count, and the target.
 */
public final class MigrationMessage {

  private MigrationMessage() {}

  /**
   * @param counts fixes per rule, by "CODE name", in the order to list them
   */
  public static String of(String subject, Map<String, Integer> counts, int files, String target) {
    int fixes = counts.values().stream().mapToInt(Integer::intValue).sum();
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
    counts.forEach((rule, count) -> message.append(rule).append(": ").append(count).append('\n'));
    message.append("\nTarget Python: ").append(target).append('\n');
    return message.toString();
  }
}
