package dev.asyncwright.rules;

import dev.asyncwright.fix.Fix;
import java.util.Optional;

/**
 * What a rule found: its code, a message, a range (code points into the module's text, end
 * exclusive), and the fix it proposes, if any. When a fix exists but is not offered (the project
 * targets an older Python), {@code withheld} says why.
 */
public record Finding(
    String code, String message, int start, int end, Optional<Fix> fix, String withheld) {

  public static Finding of(String code, String message, int start, int end) {
    return new Finding(code, message, start, end, Optional.empty(), null);
  }

  public Finding withFix(Fix newFix) {
    return new Finding(code, message, start, end, Optional.of(newFix), null);
  }

  public Finding withheld(String why) {
    return new Finding(code, message, start, end, Optional.empty(), why);
  }
}
