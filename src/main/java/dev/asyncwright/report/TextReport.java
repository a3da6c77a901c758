package dev.asyncwright.report;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.List;

/** {@code path:row:col: CODE message}, a hint about the fix, and a summary. */
public final class TextReport {

  private TextReport() {}

  public static void write(List<Diagnostic> diagnostics, boolean unsafeFixes, PrintWriter out) {
    for (Diagnostic d : diagnostics) {
      out.printf(
          "%s:%d:%d: %s %s%n",
          d.path(), d.start().line(), d.start().column(), d.code(), d.message());
      if (d.fix().isPresent()) {
        Diagnostic.FixView fix = d.fix().get();
        String how =
            fix.applicability() == Applicability.SAFE
                ? "safe fix"
                : unsafeFixes ? "unsafe fix" : "unsafe fix, needs --unsafe-fixes";
        out.printf("  = %s: %s%n", how, fix.message());
      } else if (d.withheld() != null) {
        out.printf("  = no fix: %s%n", d.withheld());
      }
    }
  }

  /**
   * Whether the finding's rule only advises: it offers no fix of any kind. The syntax rules (AW0xx)
   * never do: what they report is code the target Python cannot parse or compile, an error whether
   * or not a fix exists.
   */
  private static boolean isAdvice(Diagnostic diagnostic) {
    if (diagnostic.code().startsWith("AW0")) {
      return false;
    }
    return RuleRegistry.byCode(diagnostic.code())
        .map(rule -> RuleTable.safety(rule.doc().fixSafety()).equals("advice only"))
        .orElse(false);
  }

  /** The closing lines: how many, how many fixable, how many more with unsafe fixes. */
  public static void summary(
      List<Diagnostic> remaining, int fixed, boolean fixing, boolean unsafeFixes, PrintWriter out) {
    long safe = remaining.stream().filter(d -> d.fixable(false)).count();
    long unsafe = remaining.stream().filter(d -> d.fixable(true)).count() - safe;
    int total = remaining.size() + fixed;
    if (total == 0) {
      out.println("All checks passed!");
      return;
    }
    // advice-only rules (AW305, AW701...) have nothing to fix: counted as advice, not errors
    long advice = remaining.stream().filter(TextReport::isAdvice).count();
    long errors = total - advice;
    String adviceText = advice == 0 ? "" : (errors == 0 ? "" : ", ") + advice + " advice";
    String errorsText =
        errors == 0 && advice > 0 ? "" : errors + " error" + (errors == 1 ? "" : "s");
    if (fixing) {
      out.printf(
          "Found %s%s (%d fixed, %d remaining).%n",
          errorsText, adviceText, fixed, remaining.size());
    } else {
      out.printf("Found %s%s.%n", errorsText, adviceText);
    }
    if (safe > 0 || (unsafeFixes && unsafe > 0)) {
      out.printf("[*] %d fixable with --fix.%n", unsafeFixes ? safe + unsafe : safe);
    }
    if (!unsafeFixes && unsafe > 0) {
      out.printf("%d more fixable with --unsafe-fixes.%n", unsafe);
    }
  }
}
