package dev.asyncwright.cli;

import dev.asyncwright.report.RuleTable;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rule CODE}: a rule's documentation; {@code rule --all}: the catalogue. */
@Command(
    name = "rule",
    mixinStandardHelpOptions = true,
    description = "Explain a rule, or list them all.")
final class RuleCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "CODE", description = "A rule code, e.g. AW101.")
  private String code;

  @Option(names = "--all", description = "List every rule.")
  private boolean all;

  @Option(names = "--markdown", description = "With --all: the README's Markdown table.")
  private boolean markdown;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (all && markdown) {
      out.print(RuleTable.markdown(RuleRegistry.all()));
      out.flush();
      return 0;
    }
    if (all) {
      // what it finds comes last: its width varies, and the columns before it stay aligned
      String row = "%-6s  %-28s  %-7s  %-14s  %-18s  %s%n";
      out.printf(row, "code", "name", "python", "fix", "on by default", "what it finds");
      for (Rule rule : RuleRegistry.all()) {
        out.printf(
            row,
            rule.code(),
            rule.name(),
            rule.doc().fixVersion().orElse("-"),
            RuleTable.safety(rule.doc().fixSafety()),
            RuleTable.onByDefault(rule),
            rule.finds());
      }
      out.println();
      out.println("`rule CODE` (or `rule NAME`) explains one.");
      return 0;
    }
    if (code == null) {
      spec.commandLine().getErr().println("asyncwright rule: give a rule code or name, or --all");
      return 2;
    }
    // a code or the name `rule --all` prints beside it: AW101 or blocking-sleep
    Optional<Rule> rule =
        RuleRegistry.byCode(code)
            .or(
                () ->
                    RuleRegistry.all().stream()
                        .filter(r -> r.name().equalsIgnoreCase(code.trim()))
                        .findFirst());
    if (rule.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("asyncwright rule: no rule " + code + " (see rule --all for codes and names)");
      return 2;
    }
    RuleDoc doc = rule.get().doc();
    out.println(rule.get().code() + " " + rule.get().name());
    out.println("On by default: " + RuleTable.onByDefault(rule.get()));
    out.println();
    section(out, "What it finds", doc.summary());
    section(out, "Why it is a problem", doc.why());
    section(out, "Example", indent(doc.example()));
    section(out, "Use instead", indent(doc.useInstead()));
    section(out, "Fix safety", doc.fixSafety());
    section(out, "Python version", doc.pythonVersionSentence());
    return 0;
  }

  private static void section(PrintWriter out, String title, String text) {
    out.println(title);
    out.println(text.strip().isEmpty() ? "  -" : text.stripTrailing().indent(2).stripTrailing());
    out.println();
  }

  private static String indent(String code) {
    return code.indent(2);
  }
}
