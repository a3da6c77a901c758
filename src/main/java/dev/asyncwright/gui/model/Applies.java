package dev.asyncwright.gui.model;

import dev.asyncwright.fix.Fix;
import dev.asyncwright.workspace.AppliedChanges;
import dev.asyncwright.workspace.GitRepository;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The applies made since the folder was opened or last committed, newest first: what an undo takes
 * back and what a commit holds.
 */
final class Applies {

  /**
   * One apply: the changes written, the rules behind them, why files could not go into a commit
   * when they were written (changes of the user's own, skip-worktree...: {@link
   * GitRepository#whyNotCommittable}), and where each file's accepted findings stood before (an
   * undo that puts a file's bytes back accepts those findings again: it takes back the write, not
   * the review). {@code fixes} holds each file's fixes written, in the order of its {@code codes}.
   */
  record Apply(
      AppliedChanges changes,
      Map<Path, List<String>> codes,
      Map<Path, List<Fix>> fixes,
      Map<Path, String> notCommittable,
      Map<Path, List<String>> accepted) {}

  private final Deque<Apply> applies = new ArrayDeque<>();
  private final IntegerProperty count = new SimpleIntegerProperty(this, "count");

  void push(Apply apply) {
    applies.push(apply);
    count.set(applies.size());
  }

  /** The last apply, taken off the history (there must be one). */
  Apply pop() {
    Apply last = applies.pop();
    count.set(applies.size());
    return last;
  }

  void clear() {
    applies.clear();
    count.set(0);
  }

  /** How many applies an undo can take back (a commit clears them). */
  ReadOnlyIntegerProperty countProperty() {
    return count;
  }

  /** The files Asyncwright changed and not undone, each with its bytes before our first change. */
  Map<Path, byte[][]> ourChanges() {
    Map<Path, byte[][]> files = new LinkedHashMap<>();
    for (Apply apply : oldestFirst()) {
      for (AppliedChanges.Change change : apply.changes().changes()) {
        byte[][] both = files.get(change.file());
        files.put(
            change.file(), new byte[][] {both == null ? change.before() : both[0], change.after()});
      }
    }
    return files;
  }

  /**
   * Why our files may not go into the commit, by file: what made a file unfit before our first
   * write of it (changes of the user's own, skip-worktree...), and edits made between two of our
   * applies (a later apply read other bytes than the earlier one wrote).
   */
  Map<Path, String> notCommittable() {
    Map<Path, byte[]> written = new HashMap<>();
    Map<Path, String> reasons = new HashMap<>();
    for (Apply apply : oldestFirst()) {
      for (AppliedChanges.Change change : apply.changes().changes()) {
        byte[] before = written.put(change.file(), change.after());
        String reason =
            before == null
                ? apply.notCommittable().get(change.file())
                : Arrays.equals(before, change.before())
                    ? null
                    : "was edited between two applies, and those edits are yours";
        if (reason != null) {
          reasons.putIfAbsent(change.file(), reason);
        }
      }
    }
    return reasons;
  }

  /** The codes of the fixes written to these files, oldest apply first, as the CLI counts them. */
  List<String> codesIn(Set<Path> files) {
    List<String> codes = new ArrayList<>();
    for (Apply apply : oldestFirst()) {
      apply
          .codes()
          .forEach(
              (file, fixes) -> {
                if (files.contains(file)) {
                  codes.addAll(fixes);
                }
              });
    }
    return codes;
  }

  /** The applies that wrote the file, oldest first. */
  List<Apply> of(Path file) {
    return oldestFirst().stream().filter(apply -> apply.changes().files().contains(file)).toList();
  }

  private List<Apply> oldestFirst() {
    List<Apply> oldest = new ArrayList<>(applies);
    Collections.reverse(oldest);
    return oldest;
  }
}
