package dev.asyncwright.gui.model;

import dev.asyncwright.engine.Checker;
import dev.asyncwright.engine.FileResult;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.fix.FixApplier;
import dev.asyncwright.python.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One checked file: what was read, and its findings. */
public final class FileReview {

  private final Checker.Input input;
  private final FileResult result;
  private final List<FindingItem> findings;

  FileReview(Checker.Input input, FileResult result) {
    this.input = input;
    this.result = result;
    this.findings =
        result.original() == null
            ? List.of()
            : result.findings().stream().map(finding -> new FindingItem(this, finding)).toList();
  }

  public String path() {
    return input.displayPath();
  }

  public Path file() {
    return input.file();
  }

  Checker.Input input() {
    return input;
  }

  FileResult result() {
    return result;
  }

  /** The file as it was read for the check (null when it could not be decoded). */
  public SourceFile original() {
    return result.original();
  }

  public List<FindingItem> findings() {
    return findings;
  }

  /**
   * The text with the accepted fixes made, and with {@code selected}'s fix too (it goes first, so a
   * reviewer always sees the fix they are looking at).
   */
  public Proposal propose(FindingItem selected) {
    List<Fix> fixes = new ArrayList<>();
    if (selected != null && selected.file() == this) {
      selected.fix().ifPresent(fixes::add);
    }
    for (FindingItem item : findings) {
      if (item.isAccepted() && item != selected) {
        Fix fix = item.fix().orElseThrow();
        if (fixes.stream().noneMatch(fix::touches)) {
          fixes.add(fix);
        }
      }
    }
    FixApplier.Result applied = FixApplier.apply(original(), fixes);
    return new Proposal(applied.text(), applied.applied(), applied.deferred());
  }
}
