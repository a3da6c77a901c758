package dev.asyncwright.gui.model;

import dev.asyncwright.engine.Checker;
import dev.asyncwright.engine.FileResult;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.fix.VerifiedFixes;
import dev.asyncwright.python.ParserThreads;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.workspace.AppliedChanges;
import dev.asyncwright.workspace.GitRepository;
import dev.asyncwright.workspace.WorkspaceException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * Writing the accepted fixes and taking them back: each file re-parsed before it is written,
 * atomically, and only if it still holds what was scanned (fix/VerifiedFixes and
 * workspace/AppliedChanges, as the CLI's {@code check --fix} does), then checked again; an undo
 * puts back the bytes of the last apply and accepts its fixes again.
 */
public final class ApplyViewModel {

  private final TaskExecutor tasks;
  private final ReviewState review;
  private final ScanViewModel scanner;
  private final Activity activity;
  private final Applies applies;
  private final BooleanBinding canUndo;

  ApplyViewModel(
      TaskExecutor tasks,
      ReviewState review,
      ScanViewModel scanner,
      Activity activity,
      Applies applies) {
    this.tasks = tasks;
    this.review = review;
    this.scanner = scanner;
    this.activity = activity;
    this.applies = applies;
    canUndo = Bindings.greaterThan(applies.countProperty(), 0);
  }

  /**
   * What an apply or undo did, for the views' thread to take in; {@code deferred}: the places of
   * the findings to accept again in the re-checked files.
   */
  private record Outcome(
      Applies.Apply apply,
      List<String> problems,
      List<FileResult> rechecked,
      Set<String> deferred,
      List<FindingItem> written) {}

  /** A file's accepted fixes, gathered on the views' thread. */
  private record Batch(FileReview review, List<Fix> fixes, Map<Fix, FindingItem> items) {}

  /**
   * Writes the accepted fixes: each file re-parsed before it is written, atomically, and only if it
   * still holds what was scanned; then checks the written files again. Fixes that touch another fix
   * wait for that re-check and are accepted again there.
   */
  public void apply() {
    if (scanner.scanningProperty().get() || activity.busyProperty().get()) {
      return;
    }
    Checker checker = scanner.checker();
    if (checker == null) {
      activity.statusProperty().set("Nothing to apply: scan the repository first");
      return;
    }
    List<Batch> batches = new ArrayList<>();
    for (FileReview file : review.reviews()) {
      Map<Fix, FindingItem> items = new LinkedHashMap<>();
      for (FindingItem item : file.findings()) {
        if (item.isAccepted()) {
          items.put(item.fix().orElseThrow(), item);
        }
      }
      if (!items.isEmpty()) {
        batches.add(new Batch(file, new ArrayList<>(items.keySet()), items));
      }
    }
    if (batches.isEmpty()) {
      activity.statusProperty().set("Nothing to apply: accept some fixes first");
      return;
    }
    Path folder = scanner.rootProperty().get();
    int mine = scanner.opened();
    activity.busyProperty().set(true);
    activity.statusProperty().set("Applying…");
    tasks.run(
        () -> write(batches, checker, folder),
        outcome -> {
          if (mine == scanner.opened()) {
            applied(outcome);
          } else {
            activity.busyProperty().set(false);
          }
        },
        activity::fail);
  }

  private static Outcome write(List<Batch> batches, Checker checker, Path folder)
      throws InterruptedException, ExecutionException {
    List<String> problems = new ArrayList<>();
    List<AppliedChanges.Change> changes = new ArrayList<>();
    Map<Path, List<String>> codes = new LinkedHashMap<>();
    Map<Path, List<Fix>> fixes = new LinkedHashMap<>();
    Map<Path, Checker.Input> inputs = new LinkedHashMap<>();
    Set<String> deferred = new HashSet<>();
    Map<Path, List<String>> acceptedPlaces = new LinkedHashMap<>();
    Map<Path, List<FindingItem>> fixedItems = new LinkedHashMap<>();
    ExecutorService parser = ParserThreads.pool(1);
    try {
      for (Batch batch : batches) {
        SourceFile original = batch.review().original();
        VerifiedFixes.Result result =
            parser.submit(() -> VerifiedFixes.apply(original, batch.fixes())).get();
        for (VerifiedFixes.Dropped dropped : result.dropped()) {
          FindingItem item = batch.items().get(dropped.fix());
          problems.add(
              batch.review().path()
                  + ": "
                  + dropped.describe(
                      item.code(), original.positionOfCodePoint(item.finding().start()).line()));
        }
        if (result.module().isEmpty()) {
          continue;
        }
        SourceFile fixed = result.module().get().source();
        Path file = batch.review().file();
        changes.add(new AppliedChanges.Change(file, original.bytes(), fixed.bytes()));
        codes.put(
            file, result.applied().stream().map(fix -> batch.items().get(fix).code()).toList());
        fixedItems.put(file, result.applied().stream().map(fix -> batch.items().get(fix)).toList());
        fixes.put(file, result.applied());
        inputs.put(file, batch.review().input());
        acceptedPlaces.put(
            file, batch.items().values().stream().map(ReviewState::placeOf).toList());
        for (Fix fix : result.deferred()) {
          FindingItem item = batch.items().get(fix);
          int moved = shifted(item.finding().start(), result.applied());
          if (moved >= 0) {
            deferred.add(ReviewState.place(file, item.code(), moved));
          }
        }
      }
    } finally {
      parser.shutdownNow();
    }
    Map<Path, String> notCommittable = whyNotCommittable(folder, inputs.keySet());
    AppliedChanges applied = AppliedChanges.apply(changes);
    problems.addAll(applied.problems());
    codes.keySet().retainAll(applied.files());
    fixes.keySet().retainAll(applied.files());
    notCommittable.keySet().retainAll(applied.files());
    List<FileResult> rechecked = new ArrayList<>();
    for (Path file : applied.files()) {
      rechecked.add(checker.checkAgain(inputs.get(file)));
    }
    acceptedPlaces.keySet().retainAll(applied.files());
    List<FindingItem> written = new ArrayList<>();
    applied.files().forEach(file -> written.addAll(fixedItems.get(file)));
    return new Outcome(
        new Applies.Apply(applied, codes, fixes, notCommittable, acceptedPlaces),
        problems,
        rechecked,
        deferred,
        written);
  }

  /**
   * Where an offset of the old text lands in the new one, after the applied fixes' edits before it;
   * -1 when an edit covers it (the finding there was rewritten).
   */
  private static int shifted(int offset, List<Fix> applied) {
    int delta = 0;
    for (Fix fix : applied) {
      for (Edit edit : fix.edits()) {
        if (edit.start() <= offset && offset < edit.end()) {
          return -1;
        }
        if (edit.end() <= offset) {
          delta +=
              edit.content().codePointCount(0, edit.content().length())
                  - (edit.end() - edit.start());
        }
      }
    }
    return offset + delta;
  }

  /**
   * Why each of the files could not go into a commit, asked before our write (none without a
   * repository: then nothing can be committed, so nothing can be swept in).
   */
  private static Map<Path, String> whyNotCommittable(Path folder, Set<Path> files) {
    Map<Path, String> reasons = new HashMap<>();
    try (GitRepository git = GitRepository.find(folder)) {
      for (Path file : files) {
        git.whyNotCommittable(file).ifPresent(reason -> reasons.put(file, reason));
      }
    } catch (WorkspaceException e) {
      // no repository
    } catch (IOException e) {
      // status unknown: none of them may go into our commit
      files.forEach(
          file -> reasons.put(file, "its Git status cannot be read (" + e.getMessage() + ")"));
    }
    return reasons;
  }

  private void applied(Outcome outcome) {
    activity.busyProperty().set(false);
    review.forget(outcome.written());
    review.replace(outcome.rechecked(), outcome.deferred());
    int fixes = outcome.apply().codes().values().stream().mapToInt(List::size).sum();
    if (!outcome.apply().changes().files().isEmpty()) {
      applies.push(outcome.apply());
    }
    String deferred =
        outcome.deferred().isEmpty()
            ? ""
            : "; "
                + outcome.deferred().size()
                + " overlapping fixes were accepted again on the new text: apply once more";
    List<Path> written = outcome.apply().changes().files();
    String wrote =
        "Applied "
            + fixes
            + (fixes == 1 ? " fix" : " fixes")
            + " to "
            + written.size()
            + (written.size() == 1 ? " file" : " files");
    List<String> refused = outcome.problems();
    activity
        .statusProperty()
        .set(
            wrote
                + (refused.isEmpty()
                    ? ""
                    : "; " + refused.size() + (refused.size() == 1 ? " file" : " files") + " not")
                + deferred);
    if (!refused.isEmpty()) {
      // what was written and what was not, in the repository's own paths
      Path folder = scanner.rootProperty().get();
      List<String> lines = new ArrayList<>();
      lines.add(
          written.isEmpty()
              ? "Nothing was written."
              : wrote
                  + ": "
                  + String.join(
                      ", ",
                      written.stream()
                          .map(file -> ScanViewModel.shown(folder, file.toString()))
                          .toList())
                  + ".");
      for (String problem : refused) {
        lines.add("Not written: " + relative(folder, problem));
      }
      lines.add("Rescan to review those files as they are now.");
      activity.warnRescan(lines);
    }
  }

  /** A message with the open folder's paths in it written relative to the folder. */
  private static String relative(Path folder, String message) {
    return folder == null
        ? message
        : message.replace(folder + File.separator, "").replace('\\', '/');
  }

  /** Puts back the files of the last apply as they were (not those edited since). */
  public void undo() {
    if (applies.countProperty().get() == 0
        || activity.busyProperty().get()
        || scanner.scanningProperty().get()) {
      return;
    }
    Applies.Apply last = applies.pop();
    Checker checker = scanner.checker();
    Map<Path, Checker.Input> inputs = new LinkedHashMap<>();
    for (Path file : last.changes().files()) {
      FileReview was = review.reviewOf(file);
      if (was != null) {
        inputs.put(file, was.input());
      }
    }
    int mine = scanner.opened();
    activity.busyProperty().set(true);
    tasks.run(
        () -> {
          // the bytes each file had before the apply, read before the undo forgets them
          Map<Path, byte[]> before = new LinkedHashMap<>();
          last.changes().changes().forEach(change -> before.put(change.file(), change.before()));
          List<String> refused = last.changes().undo();
          List<FileResult> rechecked = new ArrayList<>();
          Set<String> acceptAgain = new HashSet<>();
          for (Map.Entry<Path, Checker.Input> input : inputs.entrySet()) {
            rechecked.add(checker.checkAgain(input.getValue()));
            // only where the undo put the old bytes back do the old places hold
            if (AppliedChanges.holds(input.getKey(), before.get(input.getKey()))) {
              acceptAgain.addAll(last.accepted().getOrDefault(input.getKey(), List.of()));
            }
          }
          return new Outcome(last, refused, rechecked, acceptAgain, List.of());
        },
        outcome -> {
          activity.busyProperty().set(false);
          if (mine != scanner.opened()) {
            return;
          }
          review.replace(outcome.rechecked(), outcome.deferred());
          activity
              .statusProperty()
              .set("Undid the fixes in " + outcome.rechecked().size() + " files");
          activity.warn(outcome.problems());
        },
        activity::fail);
  }

  /** Whether there is an apply to undo. */
  public BooleanBinding canUndoProperty() {
    return canUndo;
  }
}
