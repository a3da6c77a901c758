package dev.asyncwright.gui.model;

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

  /** A file to commit, as Git names it, and the unified diff of what Asyncwright changed. */
  public record FileChange(String gitPath, String diff) {}
}
