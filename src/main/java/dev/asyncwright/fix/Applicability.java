package dev.asyncwright.fix;

/** How far a fix may be trusted; the names are Ruff's, which users know. */
public enum Applicability {
  /** The program behaves exactly as before. Applied by {@code --fix}. */
  SAFE,
  /** Behaviour changes, usually on purpose. Applied only with {@code --unsafe-fixes}. */
  UNSAFE,
  /** Shown to the reader, never applied. */
  DISPLAY_ONLY;

  /** The lower-case name used in reports ({@code safe}, {@code unsafe}, {@code display-only}). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
