package dev.asyncwright.gui.model;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.SourceFile;

/**
 * What a finding's fix does, in words that are the same for every finding it does the same to
 * ({@code `asyncio.TimeoutError` → `TimeoutError`}), so that a reviewer can judge a rewrite once
 * and accept all its instances together: the fix's main edit (the one at the finding) as "before →
 * after" when it is short and on one line (a block rewrite's code differs at every site, its
 * message does not), else the fix's own message; "no fix" and "advice only" for the findings
 * without one (why a fix is withheld names the site, so it would make a group of each). An import
 * added or dropped does not count: it differs from file to file while the rewrite is the same; any
 * other edit away from the finding makes the rewrite a block one, told by its message.
 */
public final class RewriteShape {

  /** Longer sides than this read as a message, not as code. */
  private static final int SHORT = 48;

  private RewriteShape() {}

  /** The shape of the finding's rewrite, Markdown code spans and all. */
  public static String of(FindingItem item) {
    if (item.fix().isEmpty()) {
      return item.withheld() != null ? "no fix" : "advice only";
    }
    Fix fix = item.fix().get();
    SourceFile source = item.file().original();
    Edit main = fix.edits().get(0);
    for (Edit edit : fix.edits()) {
      if (edit.start() <= item.finding().end() && edit.end() >= item.finding().start()) {
        main = edit;
        break;
      }
    }
    String replaced = source.slice(main.start(), main.end());
    if (replaced.contains("\n")
        || main.content().contains("\n")
        || editsCodeElsewhere(fix, main, source)) {
      return fix.message();
    }
    String before = collapsed(replaced);
    String after = collapsed(main.content());
    if (before.length() > SHORT
        || after.length() > SHORT
        || before.contains("`")
        || after.contains("`")) {
      return fix.message();
    }
    if (before.isEmpty()) {
      return "insert `" + after + "`";
    }
    return after.isEmpty() ? "delete `" + before + "`" : "`" + before + "` → `" + after + "`";
  }

  /**
   * Whether the fix changes code away from its main edit (a block rewrite's {@code async with}
   * line): then the main edit alone does not say what the rewrite does.
   */
  private static boolean editsCodeElsewhere(Fix fix, Edit main, SourceFile source) {
    for (Edit edit : fix.edits()) {
      if (edit != main
          && !isImport(
              edit.content().isEmpty() ? source.slice(edit.start(), edit.end()) : edit.content())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isImport(String code) {
    String trimmed = code.strip();
    return trimmed.startsWith("import ") || trimmed.startsWith("from ");
  }

  /**
   * Runs of blanks as one space, and no separator at either end: neither layout nor whether an
   * argument dropped was the first ({@code , loop=loop} or {@code loop=loop}) is the rewrite.
   */
  private static String collapsed(String code) {
    return code.replaceAll("\\s+", " ").replaceAll("^[\\s,]+|[\\s,]+$", "");
  }
}
