package dev.asyncwright.gui.model;

import dev.asyncwright.workspace.GitRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Git side of an opened folder: its working tree (null when none), its branch (or a short id
 * when HEAD is detached, or null before the first commit), why no commit can be made (null when one
 * can), the operation Git is in the middle of (a merge...), who would commit, and what opening it
 * did to finish or undo the migration commit of a run that was killed ({@link
 * GitRepository#recovered()}).
 */
public record RepositoryInfo(
    Path workTree,
    String branch,
    boolean detached,
    String whyNoCommit,
    Optional<String> inProgress,
    Optional<String> author,
    List<String> recovered) {

  /** A folder that is no Git working tree: scannable, never committable. */
  static RepositoryInfo none(String why) {
    return new RepositoryInfo(
        null, null, false, why, Optional.empty(), Optional.empty(), List.of());
  }

  /** The path of a file relative to the working tree, '/'-separated, or null when outside it. */
  public String gitPath(Path file) {
    return GitRepository.gitPath(workTree, file);
  }
}
