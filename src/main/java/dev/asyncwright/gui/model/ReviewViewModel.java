package dev.asyncwright.gui.model;

import dev.asyncwright.config.ConfigException;
import dev.asyncwright.engine.Checker;
import dev.asyncwright.engine.FileResult;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.fix.VerifiedFixes;
import dev.asyncwright.python.ParserThreads;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.SyntaxError;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.workspace.AppliedChanges;
import dev.asyncwright.workspace.GitRepository;
import dev.asyncwright.workspace.MigrationCommit;
import dev.asyncwright.workspace.MigrationMessage;
import dev.asyncwright.workspace.ScanPlan;
import dev.asyncwright.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The window's state and everything it can do, with no control in sight: open a folder, scan it
 * (findings stream in as files finish), accept and reject fixes, apply them through the workspace,
 * undo, and commit. Everything slow runs in the background; every property changes on the FX thread
 * only, so views bind to them directly.
 */
public final class ReviewViewModel {

  private final Background background = new Background();
  private final int threads;

  private final ObservableList<FindingItem> findings = FXCollections.observableArrayList();
  private final ObservableList<ProblemItem> problems = FXCollections.observableArrayList();
  private final ObjectProperty<FindingItem> selected = new SimpleObjectProperty<>(this, "selected");

  /**
   * What the user decided about each finding of the folder open: seen, accepted, rejected; kept
   * across rescans and restarts ({@link ReviewMarks}).
   */
  private ReviewMarks marks = ReviewMarks.none();

  /** Whether a write of the marks is due (they are written at most once per pause). */
  private final javafx.animation.PauseTransition marksDue =
      new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));

  private final ObjectProperty<Path> root = new SimpleObjectProperty<>(this, "root");
  private final ObjectProperty<RepositoryInfo> repository =
      new SimpleObjectProperty<>(this, "repository");
  private final BooleanProperty scanning = new SimpleBooleanProperty(this, "scanning");
  private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
  private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
  private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
  private final IntegerProperty filesScanned = new SimpleIntegerProperty(this, "filesScanned");
  private final IntegerProperty accepted = new SimpleIntegerProperty(this, "accepted");
  private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");
  private final IntegerProperty decisions = new SimpleIntegerProperty(this, "decisions");
  private final StringProperty status = new SimpleStringProperty(this, "status", "");
  private final StringProperty error = new SimpleStringProperty(this, "error");
  private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
  private final BooleanProperty canCommit = new SimpleBooleanProperty(this, "canCommit");
  private final ObjectProperty<PythonVersion> target =
      new SimpleObjectProperty<>(this, "target", PythonVersion.DEFAULT);
  private final BooleanProperty unsafeFixesShown =
      new SimpleBooleanProperty(this, "unsafeFixesShown", true);

  private final Map<Path, FileReview> reviews = new LinkedHashMap<>();
  private final Deque<Apply> applies = new ArrayDeque<>();
  private final ChangeListener<Boolean> acceptedCounter =
      (property, was, now) -> {
        accepted.set(accepted.get() + (now ? 1 : -1));
        revision.set(revision.get() + 1);
      };

  private PythonVersion targetOverride;
  private Set<String> selectedRules;
  private Set<String> activeRules = Set.of();
  private Checker checker;
  private int opened;
  private AtomicBoolean cancel = new AtomicBoolean();
  private int generation;
  private long scanStarted;
  private long firstFindingNanos = -1;
  private long scanNanos = -1;

  /**
   * One apply, for undo and for the commit: the changes written, the rules behind them, why files
   * could not go into a commit when they were written (changes of the user's own, skip-worktree...:
   * {@link GitRepository#whyNotCommittable}), and where each file's accepted findings stood before
   * (an undo that puts a file's bytes back accepts those findings again: it takes back the write,
   * not the review).
   */
  private record Apply(
      AppliedChanges changes,
      Map<Path, List<String>> codes,
      Map<Path, String> notCommittable,
      Map<Path, List<String>> accepted) {}

  public ReviewViewModel(int threads) {
    this.threads = Math.max(1, threads);
    selected.addListener(
        (property, was, now) -> {
          if (now != null && marks.see(now)) {
            revision.set(revision.get() + 1);
            marksChanged();
          }
        });
    marksDue.setOnFinished(event -> writeMarks());
    // the advice goes with the message it belongs to
    error.addListener((property, was, now) -> rescanAdvised.set(false));
    unsafeFixesShown.addListener(
        (property, was, now) -> {
          if (!now) {
            findings.stream()
                .filter(item -> item.kind() == FixKind.UNSAFE)
                .forEach(item -> item.setAccepted(false));
          }
        });
  }

  // ---- opening and scanning

  /** Opens a folder (a Git working tree or any folder of Python files) and scans it. */
  public void open(Path folder) {
    cancel.set(true);
    generation++; // what the scan still running reports is for the folder left
    scanning.set(false);
    Path absolute = folder.toAbsolutePath().normalize();
    clear();
    marks = ReviewMarks.none(); // until the folder's own are read
    applies.clear();
    canUndo.set(false);
    canCommit.set(false);
    targetOverride = null;
    selectedRules = null;
    activeRules = Set.of();
    checker = null;
    int mine = ++opened;
    root.set(absolute);
    repository.set(null);
    error.set(null);
    status.set("Opening " + absolute + "…");
    busy.set(true);
    background.run(
        () -> {
          if (!Files.isDirectory(absolute)) {
            throw new WorkspaceException(
                absolute + (Files.exists(absolute) ? ": not a folder" : ": no such folder"));
          }
          for (Path part = absolute; part != null; part = part.getParent()) {
            if (part.getFileName() != null && part.getFileName().toString().equals(".git")) {
              throw new WorkspaceException(
                  absolute
                      + " is inside Git's own folder, not a working tree: open "
                      + part.getParent()
                      + " instead");
            }
          }
          return new Opened(readRepository(absolute), ReviewMarks.of(absolute));
        },
        opening -> {
          busy.set(false);
          if (mine == opened) {
            RepositoryInfo info = opening.repository();
            repository.set(info);
            marks = opening.marks();
            scan();
            // what the user must know before reviewing: the files may have changed (a killed
            // run's commit was finished or undone), or Git is in the middle of something
            List<String> said = new ArrayList<>(info.recovered());
            info.inProgress()
                .ifPresent(
                    operation ->
                        said.add(
                            Character.toUpperCase(operation.charAt(0))
                                + operation.substring(1)
                                + " is in progress: commit is disabled until you finish or"
                                + " abort it."));
            showProblems(said);
          }
        },
        this::fail);
  }

  /** What opening a folder reads from disk: its repository, and the review marks kept for it. */
  private record Opened(RepositoryInfo repository, ReviewMarks marks) {}

  /** Makes a fresh copy of the bundled sample project (in the background) and opens it. */
  public void openSample() {
    if (busy.get()) {
      return;
    }
    cancel.set(true);
    generation++; // the scan still running is for the folder left
    scanning.set(false);
    busy.set(true);
    status.set("Making the sample project…");
    background.run(
        SampleProject::create,
        folder -> {
          busy.set(false);
          open(folder);
        },
        failure ->
            fail(
                new WorkspaceException("cannot make the sample project: " + failure.getMessage())));
  }

  private static RepositoryInfo readRepository(Path folder) {
    try (GitRepository git = GitRepository.find(folder)) {
      String why = git.whyNoCommit().orElse(null);
      return new RepositoryInfo(
          git.workTree().toAbsolutePath().normalize(),
          git.branch(),
          git.isDetached(),
          why,
          git.operationInProgress(),
          git.author(),
          git.recovered());
    } catch (WorkspaceException e) {
      return RepositoryInfo.none(e.getMessage());
    } catch (IOException | GitAPIException e) {
      return RepositoryInfo.none("cannot read the repository: " + e.getMessage());
    }
  }

  /** Scans the open folder again, from the files on disk, with the current settings. */
  public void scan() {
    Path folder = root.get();
    if (folder == null || scanning.get()) {
      return;
    }
    clear();
    int scan = ++generation;
    checker = null;
    AtomicBoolean cancelled = new AtomicBoolean();
    cancel = cancelled;
    ConcurrentLinkedQueue<FileResult> done = new ConcurrentLinkedQueue<>();
    AtomicBoolean drainScheduled = new AtomicBoolean();
    List<String> notes = new ArrayList<>();
    scanning.set(true);
    progress.set(-1);
    progressText.set("Listing files…");
    scanStarted = System.nanoTime();
    firstFindingNanos = -1;
    scanNanos = -1;
    background.run(
        () -> {
          ScanPlan plan =
              ScanPlan.of(
                  List.of(folder),
                  new ScanPlan.Overrides(
                      selectedRules == null ? null : List.copyOf(selectedRules),
                      // the rules ticked run, whatever the configuration ignores
                      selectedRules == null ? null : List.of(),
                      targetOverride == null ? null : targetOverride.toString(),
                      null,
                      null),
                  notes::add);
          Checker scanChecker = new Checker(plan.settings(), threads);
          Set<String> rules =
              plan.settings().rules().stream().map(Rule::code).collect(Collectors.toSet());
          Platform.runLater(
              () -> {
                if (scan == generation) {
                  // an apply re-checks with the scan on screen, even one cancelled halfway
                  checker = scanChecker;
                  activeRules = rules;
                  target.set(plan.settings().target());
                }
              });
          // paths shown relative to the folder opened, as a reviewer thinks of them
          Map<String, Checker.Input> inputs = new LinkedHashMap<>();
          for (Checker.Input input : plan.inputs()) {
            String shown = shown(folder, input.file().toString());
            inputs.put(
                shown, new Checker.Input(input.file(), shown, input.moduleName(), input.ignored()));
          }
          scanChecker.run(
              List.copyOf(inputs.values()),
              plan.context(),
              false,
              (result, count, all) -> {
                done.add(result);
                if (!drainScheduled.getAndSet(true)) {
                  Platform.runLater(
                      () -> {
                        drainScheduled.set(false);
                        drain(scan, done, inputs);
                      });
                }
              },
              cancelled::get);
          return inputs;
        },
        inputs -> {
          if (scan != generation) {
            return;
          }
          drain(scan, done, inputs);
          finishScan(notes, inputs.size());
        },
        failure -> {
          if (scan != generation) {
            return;
          }
          scanning.set(false);
          progress.set(0);
          if (failure instanceof CancellationException) {
            progressText.set("");
            status.set(
                "Scan cancelled after "
                    + filesScanned.get()
                    + " files: the findings shown are incomplete");
          } else {
            fail(failure);
          }
        });
  }

  /** Takes in the files checked since the last time, on the FX thread. */
  private void drain(
      int scan, ConcurrentLinkedQueue<FileResult> done, Map<String, Checker.Input> inputs) {
    if (scan != generation) {
      return;
    }
    List<FindingItem> added = new ArrayList<>();
    String last = null;
    for (FileResult result = done.poll(); result != null; result = done.poll()) {
      FileReview review = new FileReview(inputs.get(result.path()), result);
      reviews.put(review.file(), review);
      added.addAll(review.findings());
      addProblems(result);
      last = result.path();
    }
    track(added);
    // an acceptance kept from before (a rescan, a restart) holds where the file is as it was
    added.stream()
        .filter(item -> marks.of(item) == ReviewMarks.Mark.ACCEPTED)
        .forEach(
            item -> item.setAccepted(!(item.kind() == FixKind.UNSAFE && !unsafeFixesShown.get())));
    findings.addAll(added);
    if (firstFindingNanos < 0 && !added.isEmpty()) {
      firstFindingNanos = System.nanoTime() - scanStarted;
    }
    filesScanned.set(reviews.size());
    if (scanning.get()) {
      int total = inputs.size();
      progress.set(total == 0 ? 1 : (double) reviews.size() / total);
      progressText.set(
          String.format("%,d / %,d files", reviews.size(), total)
              + (last == null ? "" : " · " + last));
    }
  }

  private void finishScan(List<String> notes, int total) {
    scanNanos = System.nanoTime() - scanStarted;
    scanning.set(false);
    progress.set(0);
    progressText.set("");
    List<FindingItem> sorted = new ArrayList<>(findings);
    sorted.sort(
        Comparator.comparing(FindingItem::path)
            .thenComparingInt(FindingItem::line)
            .thenComparingInt(FindingItem::column)
            .thenComparing(FindingItem::code));
    findings.setAll(sorted);
    Set<String> scanned = new HashSet<>();
    reviews.values().forEach(review -> scanned.add(review.path()));
    marks.keepOnly(findings, scanned, activeRules);
    marksChanged();
    // "vendor/lib: a nested Git repository or submodule; skipped" names a folder, then why
    for (String note : notes) {
      int colon = note.indexOf(": ");
      problems.add(
          colon < 0
              ? new ProblemItem("", 0, note)
              : new ProblemItem(
                  shown(root.get(), note.substring(0, colon)), 0, note.substring(colon + 2)));
    }
    long fixable = findings.stream().filter(FindingItem::fixable).count();
    RepositoryInfo info = repository.get();
    status.set(
        String.format(
                "Scanned %,d files in %.1f s: %,d findings, %,d with a fix",
                total, scanNanos / 1e9, findings.size(), fixable)
            + (info != null && info.whyNoCommit() != null
                ? "  ·  No commits here: " + info.whyNoCommit()
                : ""));
    updateCommit();
  }

  /** A path as the window shows paths: relative to the folder open, '/'-separated. */
  private static String shown(Path folder, String path) {
    Path file = Path.of(path).toAbsolutePath().normalize();
    return folder != null && file.startsWith(folder)
        ? folder.relativize(file).toString().replace('\\', '/')
        : path;
  }

  /** Stops the running scan; files being checked finish, the rest are left. */
  public void cancelScan() {
    cancel.set(true);
  }

  private void clear() {
    findings.forEach(item -> item.acceptedProperty().removeListener(acceptedCounter));
    findings.clear();
    problems.clear();
    reviews.clear();
    selected.set(null);
    accepted.set(0);
    filesScanned.set(0);
    revision.set(revision.get() + 1);
  }

  private void track(List<FindingItem> items) {
    items.forEach(item -> item.acceptedProperty().addListener(acceptedCounter));
  }

  private void addProblems(FileResult result) {
    result
        .syntaxError()
        .ifPresent(
            syntax -> problems.add(new ProblemItem(result.path(), syntax.line(), message(syntax))));
    result.problems().forEach(problem -> problems.add(new ProblemItem(result.path(), 0, problem)));
  }

  private static String message(SyntaxError error) {
    return "not checked: " + error.message();
  }

  // ---- accepting

  /** Accepts every safe fix among the items; unsafe fixes are never taken in bulk as "safe". */
  public void acceptSafe(Collection<FindingItem> items) {
    items.stream().filter(item -> item.kind() == FixKind.SAFE).forEach(item -> accept(item, true));
  }

  /** Accepts every fix among the items; unsafe ones only while unsafe fixes are shown. */
  public void acceptAll(Collection<FindingItem> items) {
    items.forEach(item -> accept(item, true));
  }

  /** Rejects every finding among the items: reviewed, and its fix not taken. */
  public void rejectAll(Collection<FindingItem> items) {
    items.forEach(item -> accept(item, false));
  }

  /**
   * Accepts or rejects one finding's fix (an unsafe one only while unsafe fixes are shown); either
   * way the finding is reviewed.
   */
  public void accept(FindingItem item, boolean yes) {
    if (yes && item.kind() == FixKind.UNSAFE && !unsafeFixesShown.get()) {
      return;
    }
    item.setAccepted(yes);
    ReviewMarks.Mark mark =
        item.isAccepted() ? ReviewMarks.Mark.ACCEPTED : ReviewMarks.Mark.REJECTED;
    if (marks.of(item) != mark) {
      marks.mark(item, mark);
      revision.set(revision.get() + 1);
      decisions.set(decisions.get() + 1);
      marksChanged();
    }
  }

  /** Marks the findings seen (a group of one rewrite, judged on its first). */
  public void see(Collection<FindingItem> items) {
    boolean any = false;
    for (FindingItem item : items) {
      any |= marks.see(item);
    }
    if (any) {
      revision.set(revision.get() + 1);
      marksChanged();
    }
  }

  /** Whether the user rejected the finding (and has not accepted it since). */
  public boolean isRejected(FindingItem item) {
    return !item.isAccepted() && marks.of(item) == ReviewMarks.Mark.REJECTED;
  }

  private void marksChanged() {
    marksDue.playFromStart();
  }

  /** Writes the marks off the FX thread; the snapshot is taken here, on it. */
  private void writeMarks() {
    ReviewMarks kept = marks;
    Path folder = root.get();
    if (folder != null) {
      List<String> snapshot = kept.snapshot(folder);
      kept.writeLater(snapshot);
    }
  }

  // ---- applying and undoing

  /**
   * What an apply or undo did, for the FX thread to take in; {@code deferred}: the places of the
   * findings to accept again in the re-checked files.
   */
  private record ApplyOutcome(
      Apply apply,
      List<String> problems,
      List<FileResult> rechecked,
      Set<String> deferred,
      List<FindingItem> written) {}

  /** A file's accepted fixes, gathered on the FX thread. */
  private record Batch(FileReview review, List<Fix> fixes, Map<Fix, FindingItem> items) {}

  /**
   * Writes the accepted fixes: each file re-parsed before it is written, atomically, and only if it
   * still holds what was scanned; then checks the written files again. Fixes that touch another fix
   * wait for that re-check and are accepted again there.
   */
  public void apply() {
    if (scanning.get() || busy.get()) {
      return;
    }
    if (checker == null) {
      status.set("Nothing to apply: scan the repository first");
      return;
    }
    List<Batch> batches = new ArrayList<>();
    for (FileReview review : reviews.values()) {
      Map<Fix, FindingItem> items = new LinkedHashMap<>();
      for (FindingItem item : review.findings()) {
        if (item.isAccepted()) {
          items.put(item.fix().orElseThrow(), item);
        }
      }
      if (!items.isEmpty()) {
        batches.add(new Batch(review, new ArrayList<>(items.keySet()), items));
      }
    }
    if (batches.isEmpty()) {
      status.set("Nothing to apply: accept some fixes first");
      return;
    }
    Checker current = checker;
    Path folder = root.get();
    int mine = opened;
    busy.set(true);
    status.set("Applying…");
    background.run(
        () -> applyInBackground(batches, current, folder),
        outcome -> {
          if (mine == opened) {
            applied(outcome);
          } else {
            busy.set(false);
          }
        },
        this::fail);
  }

  private static ApplyOutcome applyInBackground(List<Batch> batches, Checker checker, Path folder)
      throws InterruptedException, ExecutionException {
    List<String> problems = new ArrayList<>();
    List<AppliedChanges.Change> changes = new ArrayList<>();
    Map<Path, List<String>> codes = new LinkedHashMap<>();
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
        changes.add(
            new AppliedChanges.Change(batch.review().file(), original.bytes(), fixed.bytes()));
        codes.put(
            batch.review().file(),
            result.applied().stream().map(fix -> batch.items().get(fix).code()).toList());
        fixedItems.put(
            batch.review().file(),
            result.applied().stream().map(fix -> batch.items().get(fix)).toList());
        inputs.put(batch.review().file(), batch.review().input());
        acceptedPlaces.put(
            batch.review().file(),
            batch.items().values().stream().map(ReviewViewModel::placeOf).toList());
        for (Fix fix : result.deferred()) {
          FindingItem item = batch.items().get(fix);
          int moved = shifted(item.finding().start(), result.applied());
          if (moved >= 0) {
            deferred.add(place(batch.review().file(), item.code(), moved));
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
    notCommittable.keySet().retainAll(applied.files());
    List<FileResult> rechecked = new ArrayList<>();
    for (Path file : applied.files()) {
      rechecked.add(checker.checkAgain(inputs.get(file)));
    }
    acceptedPlaces.keySet().retainAll(applied.files());
    List<FindingItem> written = new ArrayList<>();
    applied.files().forEach(file -> written.addAll(fixedItems.get(file)));
    return new ApplyOutcome(
        new Apply(applied, codes, notCommittable, acceptedPlaces),
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

  /** Whether the user has reviewed the finding: selected it once, accepted or rejected it. */
  public boolean isReviewed(FindingItem item) {
    return item.isAccepted() || marks.of(item) != null;
  }

  /** How many of the findings are reviewed (see {@link #isReviewed}). */
  public int reviewedCount() {
    int count = 0;
    for (FindingItem item : findings) {
      if (isReviewed(item)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The first finding after {@code from} in {@code order} (the tree's) that is not reviewed yet,
   * going round to the top; empty when every one is.
   */
  public Optional<FindingItem> nextUnreviewed(List<FindingItem> order, FindingItem from) {
    int start = from == null ? -1 : order.indexOf(from);
    for (int step = 1; step <= order.size(); step++) {
      FindingItem candidate = order.get(Math.floorMod(start + step, order.size()));
      if (!isReviewed(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String placeOf(FindingItem item) {
    return place(item.file().file(), item.code(), item.finding().start());
  }

  /** Identifies a finding across a re-check: its file, its rule, where it starts. */
  private static String place(Path file, String code, int start) {
    return file + "\0" + code + "\0" + start;
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

  private void applied(ApplyOutcome outcome) {
    busy.set(false);
    // a written fix's finding is gone: its mark must not pass to a twin left on its line's text
    outcome.written().forEach(marks::forget);
    marksChanged();
    replace(outcome.rechecked(), outcome.deferred());
    int fixes = outcome.apply().codes().values().stream().mapToInt(List::size).sum();
    if (!outcome.apply().changes().files().isEmpty()) {
      applies.push(outcome.apply());
    }
    canUndo.set(!applies.isEmpty());
    updateCommit();
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
    status.set(
        wrote
            + (refused.isEmpty()
                ? ""
                : "; " + refused.size() + (refused.size() == 1 ? " file" : " files") + " not")
            + deferred);
    if (!refused.isEmpty()) {
      // what was written and what was not, in the repository's own paths
      Path folder = root.get();
      List<String> lines = new ArrayList<>();
      lines.add(
          written.isEmpty()
              ? "Nothing was written."
              : wrote
                  + ": "
                  + String.join(
                      ", ", written.stream().map(file -> shown(folder, file.toString())).toList())
                  + ".");
      for (String problem : refused) {
        lines.add("Not written: " + relative(folder, problem));
      }
      lines.add("Rescan to review those files as they are now.");
      error.set(String.join("\n", lines));
      rescanAdvised.set(true);
    }
  }

  /** A message with the open folder's paths in it written relative to the folder. */
  private static String relative(Path folder, String message) {
    return folder == null
        ? message
        : message.replace(folder + java.io.File.separator, "").replace('\\', '/');
  }

  private final javafx.beans.property.BooleanProperty rescanAdvised =
      new javafx.beans.property.SimpleBooleanProperty();

  /** Whether the banner's message is one a rescan answers (files changed on disk). */
  public javafx.beans.property.BooleanProperty rescanAdvisedProperty() {
    return rescanAdvised;
  }

  /** Puts back the files of the last apply as they were (not those edited since). */
  public void undo() {
    if (applies.isEmpty() || busy.get() || scanning.get()) {
      return;
    }
    Apply last = applies.pop();
    canUndo.set(!applies.isEmpty());
    Checker current = checker;
    Map<Path, Checker.Input> inputs = new LinkedHashMap<>();
    for (Path file : last.changes().files()) {
      FileReview review = reviews.get(file);
      if (review != null) {
        inputs.put(file, review.input());
      }
    }
    int mine = opened;
    busy.set(true);
    background.run(
        () -> {
          // the bytes each file had before the apply, read before the undo forgets them
          Map<Path, byte[]> before = new LinkedHashMap<>();
          last.changes().changes().forEach(change -> before.put(change.file(), change.before()));
          List<String> refused = last.changes().undo();
          List<FileResult> rechecked = new ArrayList<>();
          Set<String> acceptAgain = new HashSet<>();
          for (Map.Entry<Path, Checker.Input> input : inputs.entrySet()) {
            rechecked.add(current.checkAgain(input.getValue()));
            // only where the undo put the old bytes back do the old places hold
            if (AppliedChanges.holds(input.getKey(), before.get(input.getKey()))) {
              acceptAgain.addAll(last.accepted().getOrDefault(input.getKey(), List.of()));
            }
          }
          return new ApplyOutcome(last, refused, rechecked, acceptAgain, List.of());
        },
        outcome -> {
          busy.set(false);
          if (mine != opened) {
            return;
          }
          replace(outcome.rechecked(), outcome.deferred());
          updateCommit();
          status.set("Undid the fixes in " + outcome.rechecked().size() + " files");
          showProblems(outcome.problems());
        },
        this::fail);
  }

  /** Replaces files' reviews by their re-check, accepting again the findings named. */
  private void replace(List<FileResult> rechecked, Set<String> acceptAgain) {
    FindingItem wasSelected = selected.get();
    for (FileResult result : rechecked) {
      Path file = fileShownAs(result.path());
      if (file == null) {
        continue;
      }
      FileReview old = reviews.get(file);
      FileReview fresh = new FileReview(old.input(), result);
      reviews.put(file, fresh);
      int at = findings.indexOf(old.findings().isEmpty() ? null : old.findings().get(0));
      old.findings().forEach(item -> item.acceptedProperty().removeListener(acceptedCounter));
      old.findings().stream()
          .filter(FindingItem::isAccepted)
          .forEach(item -> accepted.set(accepted.get() - 1));
      findings.removeAll(old.findings());
      problems.removeIf(problem -> problem.path().equals(result.path()));
      addProblems(result);
      track(fresh.findings());
      fresh.findings().stream()
          .filter(item -> acceptAgain.contains(place(file, item.code(), item.finding().start())))
          .forEach(item -> accept(item, true));
      if (at >= 0) {
        findings.addAll(Math.min(at, findings.size()), fresh.findings());
      } else {
        findings.addAll(fresh.findings());
      }
      if (wasSelected != null && wasSelected.file() == old) {
        selected.set(nearest(fresh.findings(), wasSelected));
      }
    }
    revision.set(revision.get() + 1);
  }

  /**
   * The re-checked finding that stands for one of before: of the same rule, on the nearest line;
   * else the file's first finding; null when none is left.
   */
  private static FindingItem nearest(List<FindingItem> fresh, FindingItem was) {
    return fresh.stream()
        .filter(item -> item.code().equals(was.code()))
        .min(Comparator.comparingInt(item -> Math.abs(item.line() - was.line())))
        .orElse(fresh.isEmpty() ? null : fresh.get(0));
  }

  /** The file of the review shown under that path, or null. */
  private Path fileShownAs(String path) {
    for (FileReview review : reviews.values()) {
      if (review.path().equals(path)) {
        return review.file();
      }
    }
    return null;
  }

  private void showProblems(List<String> list) {
    if (!list.isEmpty()) {
      error.set(String.join("\n", list));
    }
  }

  // ---- committing

  /** Whether a commit can be made, and if not, why (null when it can). */
  public String whyNoCommit() {
    RepositoryInfo info = repository.get();
    if (info == null) {
      return "no repository is open";
    }
    if (info.whyNoCommit() != null) {
      return info.whyNoCommit();
    }
    if (applies.isEmpty()) {
      return "nothing applied yet: accept fixes and apply them first";
    }
    return null;
  }

  private void updateCommit() {
    canCommit.set(whyNoCommit() == null);
  }

  /** The files Asyncwright changed and not undone, each with its bytes before our first change. */
  private Map<Path, byte[][]> ourChanges() {
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
  private Map<Path, String> notCommittable() {
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

  private List<Apply> oldestFirst() {
    List<Apply> oldest = new ArrayList<>(applies);
    java.util.Collections.reverse(oldest);
    return oldest;
  }

  /** The commit dialog's content: only our files, the rules and counts, who and where. */
  public CommitDraft commitDraft() {
    RepositoryInfo info = repository.get();
    List<CommitDraft.FileChange> files = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    Map<Path, String> unfit = notCommittable();
    for (Map.Entry<Path, byte[][]> entry : ourChanges().entrySet()) {
      String gitPath = info.gitPath(entry.getKey());
      if (gitPath == null || unfit.containsKey(entry.getKey())) {
        String reason =
            unfit.getOrDefault(
                entry.getKey(), "is outside the Git working tree, so a commit cannot hold it");
        leftOut.add(
            gitPath == null
                ? entry.getKey() + ": " + reason
                : gitPath + ": " + reason + "; commit it yourself");
      } else {
        files.add(
            new CommitDraft.FileChange(
                gitPath, entry.getKey(), entry.getValue()[0], entry.getValue()[1]));
      }
    }
    // the fixes of the committed files only, oldest apply first, as the CLI counts them
    List<String> codes = new ArrayList<>();
    Set<Path> committed = new HashSet<>();
    files.forEach(file -> committed.add(file.file()));
    for (Apply apply : oldestFirst()) {
      apply
          .codes()
          .forEach(
              (file, fixes) -> {
                if (committed.contains(file)) {
                  codes.addAll(fixes);
                }
              });
    }
    String message = MigrationMessage.of(null, codes, files.size(), target.get().toString());
    int blank = message.indexOf("\n\n");
    String where =
        info.branch() == null
            ? "a new branch (no commit yet)"
            : info.detached() ? "detached HEAD at " + info.branch() : info.branch();
    return new CommitDraft(
        message.substring(0, blank),
        message.substring(blank + 2).strip(),
        files,
        leftOut,
        info.author().orElse("(no Git identity)"),
        where);
  }

  /**
   * Commits the files of the draft, and only those, with this message; on a new branch when one is
   * named. A file edited since we wrote it is left out (its edits are the user's).
   */
  public void commit(String subject, String body, String newBranch) {
    String why = whyNoCommit();
    if (why != null) {
      error.set("Cannot commit: " + why);
      return;
    }
    CommitDraft draft = commitDraft();
    Path folder = root.get();
    String message = subject.strip() + (body.isBlank() ? "\n" : "\n\n" + body.strip() + "\n");
    String branch = newBranch == null || newBranch.isBlank() ? null : newBranch.strip();
    int mine = opened;
    busy.set(true);
    background.run(
        () -> {
          Map<String, MigrationCommit.FileBytes> paths = new LinkedHashMap<>();
          List<String> skipped = new ArrayList<>();
          for (CommitDraft.FileChange file : draft.files()) {
            if (Arrays.equals(Files.readAllBytes(file.file()), file.after())) {
              paths.put(file.gitPath(), new MigrationCommit.FileBytes(file.before(), file.after()));
            } else {
              skipped.add(file.gitPath() + ": edited since the fixes were applied; left out");
            }
          }
          if (paths.isEmpty()) {
            throw new WorkspaceException("nothing to commit: " + String.join("; ", skipped));
          }
          try (GitRepository git = GitRepository.find(folder)) {
            Optional<String> refused = git.whyNoCommit();
            if (refused.isEmpty() && branch != null && git.hasBranch(branch)) {
              refused = Optional.of("a branch named " + branch + " exists already");
            }
            if (refused.isPresent()) {
              throw new WorkspaceException("cannot commit: " + refused.get());
            }
            RevCommit made = git.commit(paths, message, branch);
            String where = git.isDetached() ? "detached HEAD" : git.branch();
            String files = paths.size() + (paths.size() == 1 ? " file" : " files");
            // the prefilled subject already counts the files: "(5 fixes in 2 files)"
            skipped.add(
                0,
                "["
                    + where
                    + " "
                    + made.abbreviate(7).name()
                    + "] "
                    + made.getShortMessage()
                    + (made.getShortMessage().contains(" in " + files) ? "" : " (" + files + ")"));
            return skipped;
          }
        },
        lines -> {
          busy.set(false);
          if (mine != opened) {
            return;
          }
          applies.clear();
          canUndo.set(false);
          status.set("Committed " + lines.get(0));
          showProblems(lines.subList(1, lines.size()));
          background.run(
              () -> readRepository(folder),
              info2 -> {
                if (mine == opened) {
                  repository.set(info2);
                  updateCommit();
                }
              },
              this::fail);
        },
        this::fail);
  }

  // ---- settings

  /**
   * Runs these rules (null: as the project's configuration selects) for this target Python (null:
   * as configured), and scans again.
   */
  public void setRulesAndTarget(Set<String> codes, PythonVersion version) {
    selectedRules = codes == null ? null : Set.copyOf(codes);
    targetOverride = version;
    scan();
  }

  /** The rules chosen in the settings, or null: as the project's configuration selects. */
  public Set<String> selectedRules() {
    return selectedRules;
  }

  /** The codes of the rules the last scan ran. */
  public Set<String> activeRules() {
    return activeRules;
  }

  public PythonVersion targetOverride() {
    return targetOverride;
  }

  // ---- failures

  private void fail(Exception e) {
    busy.set(false);
    scanning.set(false);
    progress.set(0);
    progressText.set("");
    String message =
        e instanceof WorkspaceException
                || e instanceof ConfigException
                || e instanceof IOException
                || e instanceof GitAPIException
            ? e.getMessage()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    error.set(message);
    status.set("Failed: " + message);
  }

  // ---- read access for the views

  public ObservableList<FindingItem> findings() {
    return findings;
  }

  public ObservableList<ProblemItem> problems() {
    return problems;
  }

  /** The findings of the current scan that match a test, in the list's order. */
  public List<FindingItem> findings(Predicate<FindingItem> test) {
    return findings.stream().filter(test).toList();
  }

  public ObjectProperty<FindingItem> selectedProperty() {
    return selected;
  }

  public ObjectProperty<Path> rootProperty() {
    return root;
  }

  public ObjectProperty<RepositoryInfo> repositoryProperty() {
    return repository;
  }

  public BooleanProperty scanningProperty() {
    return scanning;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public DoubleProperty progressProperty() {
    return progress;
  }

  public StringProperty progressTextProperty() {
    return progressText;
  }

  public IntegerProperty filesScannedProperty() {
    return filesScanned;
  }

  public IntegerProperty acceptedProperty() {
    return accepted;
  }

  /** Changes whenever the user accepts or rejects a finding. */
  public IntegerProperty decisionsProperty() {
    return decisions;
  }

  /** Changes whenever what a diff shows may have changed (accepts, applies, scans). */
  public IntegerProperty revisionProperty() {
    return revision;
  }

  public StringProperty statusProperty() {
    return status;
  }

  /** A failure to show the user (null when none), in words, never a stack trace. */
  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty canUndoProperty() {
    return canUndo;
  }

  public BooleanProperty canCommitProperty() {
    return canCommit;
  }

  public ObjectProperty<PythonVersion> targetProperty() {
    return target;
  }

  public BooleanProperty unsafeFixesShownProperty() {
    return unsafeFixesShown;
  }

  /** Seconds from the scan's start to the first finding on the list (-1: none yet). */
  public double secondsToFirstFinding() {
    return firstFindingNanos < 0 ? -1 : firstFindingNanos / 1e9;
  }

  /** Seconds the last scan took (-1: not finished). */
  public double secondsToScan() {
    return scanNanos < 0 ? -1 : scanNanos / 1e9;
  }

  public void shutdown() {
    cancel.set(true);
    background.shutdown();
    marksDue.stop();
    if (root.get() != null) {
      marks.writeNow(marks.snapshot(root.get())); // the last marks, before the window goes
    }
  }
}
