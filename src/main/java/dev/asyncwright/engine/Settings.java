package dev.asyncwright.engine;

import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.Rule;
import java.util.List;

/** What a check runs: which rules, for which Python, and whether unsafe fixes may apply. */
public record Settings(List<Rule> rules, PythonVersion target, boolean unsafeFixes) {

  public Settings {
    rules = List.copyOf(rules);
  }
}
