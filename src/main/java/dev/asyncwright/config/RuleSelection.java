package dev.asyncwright.config;

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
   * The rules selected and not ignored.
   *
   * @throws ConfigException naming a code or prefix that matches no rule
   */
  public static List<Rule> of(List<String> select, List<String> ignore, String source)
      throws ConfigException {
    List<Rule> chosen = new ArrayList<>();
    for (Rule rule : RuleRegistry.all()) {
      if (matchesAny(rule, select, source + " select")
          && !matchesAny(rule, ignore, source + " ignore")) {
        chosen.add(rule);
      }
    }
    return chosen;
  }

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
        throw new ConfigException(where + ": '" + pattern + "' matches no rule code");
      }
      any |= prefix.equals("ALL") || rule.code().startsWith(prefix);
    }
    return any;
  }
}
