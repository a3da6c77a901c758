package dev.asyncwright.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes new contents into files, remembering each file's bytes before, so that the whole apply can
 * be undone until it is committed. Each file is written atomically and only if it still holds what
 * was read; a file that cannot be written is left as it was and reported, and the others go on.
 */
public final class AppliedChanges {

  /** One file to change: what it held when read, and what it is to hold. */
  public record Change(Path file, byte[] before, byte[] after) {}

  /**
   * A file written: undo restores {@code before} if the file still holds {@code after}, by renaming
   * the old file back from its second name {@code kept} when there is one.
   */
  private record Written(Path file, byte[] before, byte[] after, Path kept) {}

  private final List<Written> written = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private AppliedChanges() {}

  /** Writes the changes; what could not be written is in {@link #problems()}. */
  public static AppliedChanges apply(List<Change> changes) {
    return apply(changes, false);
  }

  /**
   * Writes the changes, keeping each old file under a second name until {@link #forgetOld()}, so
   * that {@link #undo()} needs no disk space (a commit that fails on a full disk can still be
   * undone).
   */
  public static AppliedChanges applyKeepingOld(List<Change> changes) {
    return apply(changes, true);
  }

  private static AppliedChanges apply(List<Change> changes, boolean keepOld) {
    AppliedChanges applied = new AppliedChanges();
    for (Change change : changes) {
      try {
        Path kept = AtomicWriter.replace(change.file(), change.before(), change.after(), keepOld);
        applied.written.add(new Written(change.file(), change.before(), change.after(), kept));
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

  /** The second names of the old files, by file (only files that have one). */
  public Map<Path, Path> keptOld() {
    Map<Path, Path> kept = new LinkedHashMap<>();
    written.stream().filter(file -> file.kept() != null).forEach(f -> kept.put(f.file(), f.kept()));
    return kept;
  }

  /** Removes the old files' second names: the changes stay, and undo writes the old bytes. */
  public void forgetOld() {
    for (int i = 0; i < written.size(); i++) {
      Written file = written.get(i);
      if (file.kept() != null) {
        try {
          Files.deleteIfExists(file.kept());
        } catch (IOException e) {
          // a second name that cannot go is swept by the next run's recovery
        }
        written.set(i, new Written(file.file(), file.before(), file.after(), null));
      }
    }
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
        if (file.kept() != null && holds(file.file(), file.after())) {
          AtomicWriter.restore(file.file(), file.kept());
          continue;
        }
        AtomicWriter.replace(file.file(), file.after(), file.before());
      } catch (IOException e) {
        refused.add(file.file() + ": cannot be put back (" + e.getMessage() + ")");
      } catch (AtomicWriter.WriteRefused why) {
        refused.add(
            why.changedOnDisk()
                ? file.file() + ": edited since the fixes were applied; not undone"
                : why.getMessage());
      }
    }
    forgetOld();
    written.clear();
    return refused;
  }

  /**
   * Whether the file holds these bytes now: false when it cannot be read, and, without reading it,
   * when it is no longer a regular file (a FIFO would block the read forever) or not of their size.
   */
  public static boolean holds(Path file, byte[] bytes) {
    try {
      if (bytes == null) {
        return false;
      }
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attributes.isRegularFile()
          && attributes.size() == bytes.length
          && Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      return false;
    }
  }
}
