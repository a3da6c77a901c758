package dev.asyncwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code asyncwright rule}: one rule's documentation, by code or name, and the catalogue. */
class RuleCommandTest {

  private static final List<Rule> RULES = RuleRegistry.all();

  @Test
  void ruleShowsTheDocumentationSections() {
    Run run = Run.of("rule", "AW101");
    assertEquals(0, run.status(), run::toString);
    List<String> lines = run.outLines();
    assertEquals("AW101 blocking-sleep", lines.get(0), run::toString);
    int previous = 0;
    for (String title :
        List.of(
            "What it finds",
            "Why it is a problem",
            "Example",
            "Use instead",
            "Fix safety",
            "Python version")) {
      int at = lines.indexOf(title);
      assertTrue(at > previous, () -> title + " missing or out of order:\n" + run);
      assertFalse(lines.get(at + 1).isBlank(), () -> title + " is empty:\n" + run);
      previous = at;
    }
    assertTrue(run.out().contains("time.sleep(0.5)"), run::toString);
    assertTrue(run.out().contains("await asyncio.sleep(0.5)"), run::toString);
    assertTrue(run.out().contains("3.7 or newer"), run::toString);
  }

  @Test
  void aRuleIsNamedByItsCodeInAnyCaseOrByItsName() {
    String aw101 = Run.of("rule", "AW101").out();
    assertEquals(0, Run.of("rule", "aw201").status(), "codes are case-insensitive");
    Run byName = Run.of("rule", "blocking-sleep"); // the name `rule --all` prints
    assertEquals(0, byName.status(), byName::toString);
    assertEquals(aw101, byName.out());
  }

  @Test
  void ruleAllListsEveryRuleWithWhatItFinds() {
    Run run = Run.of("rule", "--all");
    assertEquals(0, run.status(), run::toString);
    List<String> lines = run.outLines();
    assertEquals(RULES.size() + 3, lines.size(), run::toString);
    String header = lines.get(0);
    assertTrue(header.endsWith("  what it finds"), header);
    int findsAt = header.indexOf("what it finds");
    for (int i = 0; i < RULES.size(); i++) {
      Rule rule = RULES.get(i);
      String line = lines.get(i + 1);
      List<String> columns = List.of(line.trim().split("\\s+"));
      assertEquals(rule.code(), columns.get(0), run::toString);
      assertEquals(rule.name(), columns.get(1), run::toString);
      // the column starts where its heading does, in every row
      assertEquals(rule.finds(), line.substring(findsAt), run::toString);
      assertEquals(' ', line.charAt(findsAt - 1), line);
    }
    assertEquals("", lines.get(RULES.size() + 1), run::toString);
    assertEquals("`rule CODE` (or `rule NAME`) explains one.", lines.get(RULES.size() + 2));
    List<String> codes = RULES.stream().map(Rule::code).toList();
    assertTrue(
        codes.containsAll(List.of("AW101", "AW102", "AW103", "AW104", "AW105", "AW201", "AW401")),
        codes::toString);
  }

  @Test
  void whatEachRuleFindsIsOneShortLine() {
    for (Rule rule : RULES) {
      String finds = rule.finds();
      assertFalse(finds.isBlank(), rule.code());
      assertFalse(finds.contains("\n"), rule.code());
      assertEquals(finds.strip(), finds, rule.code());
      // a column of a terminal table, beside about 80 characters of the others
      assertTrue(finds.length() <= 70, () -> rule.code() + " finds too long a line: " + finds);
    }
    assertEquals(
        "`time.sleep()` in a coroutine", RuleRegistry.byCode("AW101").orElseThrow().finds());
  }

  @Test
  void ruleWithAnUnknownCodeOrNoneExitsTwo() {
    Run run = Run.of("rule", "AW999");
    assertEquals(2, run.status(), run::toString);
    assertTrue(run.err().contains("AW999"), run::toString);
    assertEquals("", run.out(), run::toString);
    Run none = Run.of("rule");
    assertEquals(2, none.status(), none::toString);
    assertTrue(none.err().contains("give a rule code or name, or --all"), none::toString);
  }
}
