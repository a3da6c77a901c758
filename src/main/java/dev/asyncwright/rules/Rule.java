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
   * Text without which the rule cannot fire in a file ({@code "TimeoutError"}, {@code "async"} for
   * a rule about coroutines); files without it are not looked at. Empty: every file is.
   */
  default String requiredText() {
    return "";
  }
}
