package dev.asyncwright.gui.model;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.rules.Finding;

/** How far a finding's fix may be trusted, as the findings tree shows it. */
public enum FixKind {
  SAFE("safe fix"),
  UNSAFE("unsafe fix: review it"),
  NONE("without a fix");

  private final String description;

  FixKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  static FixKind of(Finding finding) {
    return finding
        .fix()
        .map(
            fix ->
                fix.applicability() == Applicability.SAFE
                    ? SAFE
                    : fix.applicability() == Applicability.UNSAFE ? UNSAFE : NONE)
        .orElse(NONE);
  }
}
