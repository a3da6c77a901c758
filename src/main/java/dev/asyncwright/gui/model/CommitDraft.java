package dev.asyncwright.gui.model;

import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.UndecodableSourceException;
import dev.asyncwright.report.UnifiedDiff;
import java.nio.file.Path;
import java.util.List;

/**
 * What the commit dialog shows before committing: a subject and body prefilled with the rules and
 * counts, the files to commit (only those Asyncwright changed) with their diffs, the files left out
 * and why, who commits, and on which branch.
 */
public record CommitDraft(
    String subject,
    String body,
    List<FileChange> files,
    List<String> leftOut,
    String author,
    String branch) {

  /**
   * A file to commit, as Git names it, and its bytes before our first change and after our last.
   */
  public record FileChange(String gitPath, Path file, byte[] before, byte[] after) {

    /** The unified diff of what Asyncwright changed, made when a reviewer asks for it. */
    public String diff() {
      return UnifiedDiff.of(gitPath, text(before), text(after));
    }

    private static String text(byte[] bytes) {
      try {
        return SourceFile.decode("", bytes).text();
      } catch (UndecodableSourceException e) {
        return "";
      }
    }
  }
}
