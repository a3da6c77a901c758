package dev.asyncwright.rules;

/** One rule: a public code (never renumbered), a name, its documentation, and its check. */
public interface Rule {

  /** {@code AW101}. */
  String code();

  /** {@code blocking-sleep}. */
  String name();

  RuleDoc doc();

  /** Reports what the rule finds in one module through the context. */
  void check(RuleContext context);

  /**
   * A name (or the keyword {@code async}) without which the rule cannot fire in a file: {@code
   * "TimeoutError"}, {@code "run_until_complete"}, {@code "async"} for a rule about coroutines.
   * Files whose tokens lack it are not handed to the rule. Empty: every file is.
   */
  default String requiredName() {
    return "";
  }
}
