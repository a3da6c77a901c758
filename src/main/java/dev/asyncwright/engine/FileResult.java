package dev.asyncwright.engine;

import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.SyntaxError;
import dev.asyncwright.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What checking one file gave. {@code findings} are those left in {@code result} (the text after
 * the fixes applied, or the original); {@code fixed} lists the fixes applied, by code; {@code
 * problems} says what went wrong without stopping the check (a fix dropped because it would break
 * the parse, a rule that failed). {@code original} and {@code result} are null for a file that
 * could not be read or decoded, and, from {@link Checker}, for one with neither findings nor
 * changes: there is nothing to show of it.
 */
public record FileResult(
    String path,
    SourceFile original,
    SourceFile result,
    Optional<SyntaxError> syntaxError,
    List<Finding> findings,
    List<AppliedFix> fixed,
    List<String> problems) {

  /** A fix that was applied: the rule's code and what the fix did. */
  public record AppliedFix(String code, String message) {}

  public static FileResult syntaxError(String path, SourceFile original, SyntaxError error) {
    return new FileResult(
        path, original, original, Optional.of(error), List.of(), List.of(), List.of());
  }

  /** Whether the fixes changed the text. */
  public boolean changed() {
    return original != null && result != null && !original.text().equals(result.text());
  }
}
