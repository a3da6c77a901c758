package dev.asyncwright.rules;

import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.PythonVersion;
import java.util.Optional;
import java.util.Set;

/** One rule: a public code (never renumbered), a name, its documentation, and its check. */
public interface Rule {

  /** {@code AW101}. */
  String code();

  /** {@code blocking-sleep}. */
  String name();

  RuleDoc doc();

  /** What the fix does, in a few words ({@code `await asyncio.sleep(...)`}; "advice only"). */
  String fixSummary();

  /**
   * What the rule finds, in a few words on one line ({@code `time.sleep()` in a coroutine}), for
   * {@code rule --all}; the documentation's summary says it in full.
   */
  String finds();

  /** Reports what the rule finds in one module through the context. */
  void check(RuleContext context);

  /**
   * Names (or the keywords {@code async} and {@code await}) of which a file must hold one for the
   * rule to fire there: {@code "TimeoutError"}, {@code "run_until_complete"}, {@code "async"} for a
   * rule about coroutines. Files whose tokens hold none are not handed to the rule. Empty: every
   * file is.
   */
  default Set<String> requiredNames() {
    return Set.of();
  }

  /**
   * Whether the rule can fire on a parsed module at all, asked before the module's semantic model
   * is built: a rule that reads the parse alone says no cheaply, and a file no rule wants is then
   * spared its model.
   */
  default boolean appliesTo(ParsedModule module, PythonVersion target) {
    return true;
  }

  /**
   * Whether every finding of the rule lies inside a coroutine ({@code async def}): then a file
   * without {@code async} is not handed to it, whatever names it holds. {@code sleep} or {@code
   * input} occur in many files, a coroutine in few; skipping them spares their semantic model.
   */
  default boolean onlyInCoroutines() {
    return false;
  }

  /**
   * Whether the rule is still a preview, too imprecise to be on by default: it runs only when
   * selected by its own code, or with preview rules switched on.
   */
  default boolean preview() {
    return false;
  }

  /**
   * The oldest Python on which what the rule advises can be done ({@code asyncio.TaskGroup}: 3.11).
   * Below it the user cannot act on a finding, so the rule is left out unless selected by its own
   * code. Empty: the advice can be followed on every Python we target.
   */
  default Optional<PythonVersion> adviceNeeds() {
    return Optional.empty();
  }
}
