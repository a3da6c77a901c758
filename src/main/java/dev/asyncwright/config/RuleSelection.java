package dev.asyncwright.config;

import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which rules run: {@code select} and {@code ignore} take codes or prefixes ({@code AW1} is every
 * blocking-call rule, {@code ALL} every rule), as Ruff's do.
 */
public final class RuleSelection {

  private RuleSelection() {}

  /**
   * The rules a check runs, and those a prefix selected that the target leaves out.
   *
   * @param leftOutForTarget rules whose advice needs a newer Python than the target
   */
  public record Chosen(List<Rule> rules, List<Rule> leftOutForTarget) {}

  /**
   * The rules selected and not ignored that suit the check: a preview rule only when preview rules
   * are on, a rule whose advice needs a newer Python than the target not at all. A rule named by
   * its own code in {@code select} is chosen whatever it is: the user asked for it.
   *
   * @throws ConfigException naming a code or prefix that matches no rule
   */
  public static Chosen forCheck(
      List<String> select,
      List<String> ignore,
      String source,
      PythonVersion target,
      boolean preview)
      throws ConfigException {
    List<Rule> rules = new ArrayList<>();
    List<Rule> leftOut = new ArrayList<>();
    for (Rule rule : of(select, ignore, source)) {
      boolean named = select.stream().anyMatch(code -> code.trim().equalsIgnoreCase(rule.code()));
      if (!named && rule.preview() && !preview) {
        continue;
      }
      if (!named && rule.adviceNeeds().filter(needs -> !target.atLeast(needs)).isPresent()) {
        leftOut.add(rule);
        continue;
      }
      rules.add(rule);
    }
    return new Chosen(List.copyOf(rules), List.copyOf(leftOut));
  }

  /**
   * The rules selected and not ignored.
   *
   * @throws ConfigException naming a code or prefix that matches no rule
   */
  public static List<Rule> of(List<String> select, List<String> ignore, String source)
      throws ConfigException {
    List<Rule> chosen = new ArrayList<>();
    for (Rule rule : RuleRegistry.all()) {
      if (matchesAny(rule, select, where(source, "select"))
          && !matchesAny(rule, ignore, where(source, "ignore"))) {
        chosen.add(rule);
      }
    }
    return chosen;
  }

  /**
   * Where a selection comes from, for a message: {@code --select} on the command line, or {@code
   * pyproject.toml: select} for a configuration file.
   */
  private static String where(String source, String key) {
    return source.equals(COMMAND_LINE) ? "--" + key : source + ": " + key;
  }

  /** The source of a selection given by --select and --ignore. */
  public static final String COMMAND_LINE = "the command line";

  private static boolean matchesAny(Rule rule, List<String> patterns, String where)
      throws ConfigException {
    boolean any = false;
    for (String pattern : patterns) {
      String prefix = pattern.trim().toUpperCase(Locale.ROOT);
      if (prefix.isEmpty()) {
        continue;
      }
      if (!prefix.equals("ALL")
          && RuleRegistry.all().stream().noneMatch(r -> r.code().startsWith(prefix))) {
        List<Rule> all = RuleRegistry.all();
        throw new ConfigException(
            where
                + ": unknown rule or prefix "
                + pattern.trim()
                + " (rules: "
                + all.get(0).code()
                + "\u2013"
                + all.get(all.size() - 1).code()
                + "; `rule --all` lists them)");
      }
      any |= prefix.equals("ALL") || rule.code().startsWith(prefix);
    }
    return any;
  }
}
