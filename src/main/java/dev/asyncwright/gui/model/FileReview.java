package dev.asyncwright.gui.model;

import dev.asyncwright.engine.Checker;
import dev.asyncwright.engine.FileResult;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.fix.FixApplier;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.rules.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One checked file: what was read, and its findings. */
public final class FileReview {

  private final Checker.Input input;
  private final FileResult result;
  private final List<FindingItem> findings;

  FileReview(Checker.Input input, FileResult result) {
    this.input = input;
    this.result = result;
    List<FindingItem> items = new ArrayList<>();
    if (result.original() != null) {
      // each finding's review key: which of the file's findings of its rule on its line text
      Map<String, Integer> seen = new HashMap<>();
      for (Finding finding : result.findings()) {
        String line = lineText(result.original(), finding.start());
        int ordinal = seen.merge(finding.code() + "\0" + line.strip(), 1, Integer::sum) - 1;
        items.add(
            new FindingItem(
                this,
                finding,
                ReviewMarks.key(input.displayPath(), finding.code(), line, ordinal)));
      }
    }
    this.findings = List.copyOf(items);
  }

  /** The text of the line that holds the code point. */
  private static String lineText(SourceFile source, int codePoint) {
    String text = source.text();
    int at = source.charIndex(codePoint);
    int start = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
    int end = at;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(start, end);
  }

  private String hash;

  /** A digest of the file's bytes as read: an acceptance kept for it holds only for these. */
  String hash() {
    if (hash == null) {
      hash = ReviewMarks.hash(original().bytes());
    }
    return hash;
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
