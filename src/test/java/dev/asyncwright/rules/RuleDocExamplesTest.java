package dev.asyncwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.asyncwright.engine.FileChecker;
import dev.asyncwright.engine.FileResult;
import dev.asyncwright.engine.Settings;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.report.RuleTable;
import dev.asyncwright.semantic.ProjectIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's documentation tells the truth about it: its example, run through the engine, gives a
 * finding of that rule, and its "use instead" gives none; where the rule fixes the example, the
 * fixed text is the "use instead" text. A reader who pastes the example into a file sees what the
 * documentation says.
 */
class RuleDocExamplesTest {

  @TestFactory
  Stream<DynamicTest> everyRulesExampleFiresAndItsFixIsWhatTheDocsShow() {
    return RuleRegistry.all().stream()
        .map(rule -> dynamicTest(rule.code() + " " + rule.name(), () -> checkExample(rule)));
  }

  private static void checkExample(Rule rule) throws Exception {
    RuleDoc doc = rule.doc();
    Settings settings = new Settings(List.of(rule), target(doc), true);
    FileChecker checker = new FileChecker(settings, ProjectIndex.EMPTY);
    SourceFile example = SourceFile.ofText("example.py", doc.example().strip() + "\n");
    FileResult checked = checker.check(example);
    assertTrue(checked.syntaxError().isEmpty(), () -> "the example does not parse: " + checked);
    assertTrue(
        checked.findings().stream().anyMatch(finding -> finding.code().equals(rule.code())),
        () -> "the example gives no " + rule.code() + ":\n" + doc.example());

    FileResult fixed = checker.fix(example);
    assertTrue(fixed.problems().isEmpty(), () -> fixed.problems().toString());
    if (fixed.fixed().isEmpty()) {
      assertEquals(
          "advice only",
          RuleTable.safety(doc.fixSafety()),
          "the example is not fixed, yet the docs promise a fix");
    } else {
      assertEquals(
          withoutNotes(doc.useInstead()).strip(),
          fixed.result().text().strip(),
          "the fixed example (what 'use instead' shows, less the notes at its end)");
    }

    SourceFile useInstead = SourceFile.ofText("instead.py", doc.useInstead().strip() + "\n");
    FileResult instead = checker.check(useInstead);
    assertTrue(instead.syntaxError().isEmpty(), () -> "'use instead' does not parse: " + instead);
    // Only where the fix does part of the job may advice be left, and the notes say what to do.
    boolean partlyFixed = !fixed.fixed().isEmpty() && !fixed.findings().isEmpty();
    boolean notes = !withoutNotes(doc.useInstead()).equals(doc.useInstead());
    for (Finding left : instead.findings()) {
      assertTrue(
          partlyFixed && notes && left.fix().isEmpty(),
          () -> "what 'use instead' shows still gives " + left);
    }
  }

  /**
   * The code of a "use instead" section: without the notes it may end with, comment lines after a
   * blank line that name other ways ({@code # or, better, an async client: ...}), which the fix
   * does not write.
   */
  static String withoutNotes(String useInstead) {
    List<String> lines = new ArrayList<>(useInstead.strip().lines().toList());
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).startsWith("#")) {
      end--;
    }
    if (end < lines.size() && end > 0 && lines.get(end - 1).isBlank()) {
      return String.join("\n", lines.subList(0, end));
    }
    return useInstead;
  }

  /** The Python the examples are written for: 3.11, or the newer one the fix needs. */
  private static PythonVersion target(RuleDoc doc) {
    int needed = doc.fixVersion().map(v -> Integer.parseInt(v.substring(2))).orElse(0);
    return new PythonVersion(Math.max(11, needed));
  }
}
