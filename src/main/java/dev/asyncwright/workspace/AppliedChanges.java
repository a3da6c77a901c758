package dev.asyncwright.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes new contents into files, remembering each file's bytes before, so that the whole apply can
 * be undone until it is committed. Each file is written atomically and only if it still holds what
 * was read; a file that cannot be written is left as it was and reported, and the others go on.
 */
public final class AppliedChanges {

  /** One file to change: what it held when read, and what it is to hold. */
  public record Change(Path file, byte[] before, byte[] after) {}

  /** A file written: undo restores {@code before} if the file still holds {@code after}. */
  private record Written(Path file, byte[] before, byte[] after) {}

  private final List<Written> written = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private AppliedChanges() {}

  /** Writes the changes; what could not be written is in {@link #problems()}. */
  public static AppliedChanges apply(List<Change> changes) {
    AppliedChanges applied = new AppliedChanges();
    for (Change change : changes) {
      try {
        AtomicWriter.replace(change.file(), change.before(), change.after());
        applied.written.add(new Written(change.file(), change.before(), change.after()));
      } catch (AtomicWriter.WriteRefused refused) {
        applied.problems.add(refused.getMessage());
      }
    }
    return applied;
  }

  /** The files written, in order. */
  public List<Path> files() {
    return written.stream().map(Written::file).toList();
  }

  /** The files written, each with its bytes before and after, in order. */
  public List<Change> changes() {
    return written.stream()
        .map(file -> new Change(file.file(), file.before(), file.after()))
        .toList();
  }

  /** Why some files were not written. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /**
   * Restores the exact bytes each file had before the apply. A file edited since is left alone and
   * named in the result: its new content is someone's work.
   *
   * @return why some files could not be restored (empty when all were)
   */
  public List<String> undo() {
    List<String> refused = new ArrayList<>();
    for (int i = written.size() - 1; i >= 0; i--) {
      Written file = written.get(i);
      try {
        AtomicWriter.replace(file.file(), file.after(), file.before());
      } catch (AtomicWriter.WriteRefused why) {
        refused.add(
            why.changedOnDisk()
                ? file.file() + ": edited since the fixes were applied; not undone"
                : why.getMessage());
      }
    }
    written.clear();
    return refused;
  }
}
