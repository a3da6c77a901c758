package dev.asyncwright.gui.model;

import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleRegistry;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One finding in one file, and whether the user accepted its fix. */
public final class FindingItem {

  private final FileReview file;
  private final Finding finding;
  private final SourceFile.Position position;
  private final FixKind kind;
  private final BooleanProperty accepted = new SimpleBooleanProperty(this, "accepted");

  private final String reviewKey;

  FindingItem(FileReview file, Finding finding, String reviewKey) {
    this.file = file;
    this.finding = finding;
    this.reviewKey = reviewKey;
    this.position = file.original().positionOfCodePoint(finding.start());
    this.kind = FixKind.of(finding);
  }

  public FileReview file() {
    return file;
  }

  /** What the finding is known by across rescans and restarts ({@link ReviewMarks}). */
  String reviewKey() {
    return reviewKey;
  }

  public Finding finding() {
    return finding;
  }

  public String code() {
    return finding.code();
  }

  public Optional<Rule> rule() {
    return RuleRegistry.byCode(finding.code());
  }

  public String message() {
    return finding.message();
  }

  public String path() {
    return file.path();
  }

  /** The line, from 1. */
  public int line() {
    return position.line();
  }

  /** The column, from 1. */
  public int column() {
    return position.column();
  }

  public FixKind kind() {
    return kind;
  }

  public Optional<Fix> fix() {
    return finding.fix();
  }

  /** Why the fix is withheld (the project's Python is too old for it), or null. */
  public String withheld() {
    return finding.withheld();
  }

  /** Whether this finding's fix can be accepted at all. */
  public boolean fixable() {
    return kind != FixKind.NONE;
  }

  public BooleanProperty acceptedProperty() {
    return accepted;
  }

  public boolean isAccepted() {
    return accepted.get();
  }

  public void setAccepted(boolean value) {
    accepted.set(value && fixable());
  }

  /** Whether the filter text matches the code, the rule's name, the path or the message. */
  public boolean matches(String filter) {
    if (filter == null || filter.isBlank()) {
      return true;
    }
    String needle = filter.strip().toLowerCase(java.util.Locale.ROOT);
    return code().toLowerCase(java.util.Locale.ROOT).contains(needle)
        || rule().map(r -> r.name().contains(needle)).orElse(false)
        || path().toLowerCase(java.util.Locale.ROOT).contains(needle)
        || message().toLowerCase(java.util.Locale.ROOT).contains(needle);
  }

  @Override
  public String toString() {
    return path() + ":" + line() + ":" + column() + ": " + code() + " " + message();
  }
}
