package dev.asyncwright.gui.model;

import dev.asyncwright.engine.Checker;
import dev.asyncwright.engine.FileResult;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.workspace.AppliedChanges;
import dev.asyncwright.workspace.GitRepository;
import dev.asyncwright.workspace.ScanPlan;
import dev.asyncwright.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
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
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * Opening a folder (a Git working tree or any folder of Python files) and scanning it, with the
 * rules and target the settings choose: findings stream into the {@link ReviewState} as files
 * finish, and a scan can be cancelled.
 */
public final class ScanViewModel {

  private final TaskExecutor tasks;
  private final int threads;
  private final ReviewState review;
  private final Activity activity;
  private final Applies applies;

  private final ObjectProperty<Path> root = new SimpleObjectProperty<>(this, "root");
  private final ObjectProperty<RepositoryInfo> repository =
      new SimpleObjectProperty<>(this, "repository");
  private final BooleanProperty scanning = new SimpleBooleanProperty(this, "scanning");
  private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
  private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
  private final IntegerProperty filesScanned = new SimpleIntegerProperty(this, "filesScanned");
  private final ObjectProperty<PythonVersion> target =
      new SimpleObjectProperty<>(this, "target", PythonVersion.DEFAULT);

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

  /** Follows the reviewed files on disk once a scan is over (null: not following). */
  private DiskWatch watch;

  /** Reviewed files changed on disk and not checked again yet. */
  private final Set<Path> changedOnDisk = new java.util.TreeSet<>();

  private boolean rechecking;

  ScanViewModel(
      TaskExecutor tasks, int threads, ReviewState review, Activity activity, Applies applies) {
    this.tasks = tasks;
    this.threads = Math.max(1, threads);
    this.review = review;
    this.activity = activity;
    this.applies = applies;
    // edits on disk wait for the scan, apply, undo or commit running, then are checked: after
    // the step that ended the work has put its own files in the review (busy goes off first)
    javafx.beans.InvalidationListener resume = property -> tasks.onViewThread(this::recheckChanged);
    scanning.addListener(resume);
    activity.busyProperty().addListener(resume);
  }

  /** Opens a folder (a Git working tree or any folder of Python files) and scans it. */
  public void open(Path folder) {
    cancel.set(true);
    generation++; // what the scan still running reports is for the folder left
    stopWatching();
    scanning.set(false);
    Path absolute = folder.toAbsolutePath().normalize();
    review.reset(absolute);
    filesScanned.set(0);
    applies.clear();
    targetOverride = null;
    selectedRules = null;
    activeRules = Set.of();
    checker = null;
    int mine = ++opened;
    root.set(absolute);
    repository.set(null);
    activity.errorProperty().set(null);
    activity.statusProperty().set("Opening " + absolute + "…");
    activity.busyProperty().set(true);
    tasks.run(
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
          activity.busyProperty().set(false);
          if (mine == opened) {
            RepositoryInfo info = opening.repository();
            repository.set(info);
            review.useMarks(opening.marks());
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
            activity.warn(said);
          }
        },
        this::fail);
  }

  /** What opening a folder reads from disk: its repository, and the review marks kept for it. */
  private record Opened(RepositoryInfo repository, ReviewMarks marks) {}

  /** Makes a fresh copy of the bundled sample project (in the background) and opens it. */
  public void openSample() {
    if (activity.busyProperty().get()) {
      return;
    }
    cancel.set(true);
    generation++; // the scan still running is for the folder left
    scanning.set(false);
    activity.busyProperty().set(true);
    activity.statusProperty().set("Making the sample project…");
    tasks.run(
        SampleProject::create,
        folder -> {
          activity.busyProperty().set(false);
          open(folder);
        },
        failure ->
            fail(
                new WorkspaceException("cannot make the sample project: " + failure.getMessage())));
  }

  /** The repository of the folder as the window shows it (none, with why, outside Git). */
  static RepositoryInfo readRepository(Path folder) {
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
    review.clear();
    filesScanned.set(0);
    int scan = ++generation;
    stopWatching();
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
    tasks.run(
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
          tasks.onViewThread(
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
                  tasks.onViewThread(
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
          startWatching(scan);
        },
        failure -> {
          if (scan != generation) {
            return;
          }
          scanning.set(false);
          progress.set(0);
          if (failure instanceof CancellationException) {
            progressText.set("");
            activity
                .statusProperty()
                .set(
                    "Scan cancelled after "
                        + filesScanned.get()
                        + " files: the findings shown are incomplete");
          } else {
            fail(failure);
          }
        });
  }

  /** Takes in the files checked since the last time, on the views' thread. */
  private void drain(
      int scan, ConcurrentLinkedQueue<FileResult> done, Map<String, Checker.Input> inputs) {
    if (scan != generation) {
      return;
    }
    List<FileReview> checked = new ArrayList<>();
    String last = null;
    for (FileResult result = done.poll(); result != null; result = done.poll()) {
      checked.add(new FileReview(inputs.get(result.path()), result));
      last = result.path();
    }
    List<FindingItem> added = review.add(checked);
    if (firstFindingNanos < 0 && !added.isEmpty()) {
      firstFindingNanos = System.nanoTime() - scanStarted;
    }
    int files = review.fileCount();
    filesScanned.set(files);
    if (scanning.get()) {
      int total = inputs.size();
      progress.set(total == 0 ? 1 : (double) files / total);
      progressText.set(
          String.format("%,d / %,d files", files, total) + (last == null ? "" : " · " + last));
    }
  }

  private void finishScan(List<String> notes, int total) {
    scanNanos = System.nanoTime() - scanStarted;
    scanning.set(false);
    progress.set(0);
    progressText.set("");
    review.scanned(activeRules);
    // "vendor/lib: a nested Git repository or submodule; skipped" names a folder, then why
    for (String note : notes) {
      int colon = note.indexOf(": ");
      review.addProblem(
          colon < 0
              ? new ProblemItem("", 0, note)
              : new ProblemItem(
                  shown(root.get(), note.substring(0, colon)), 0, note.substring(colon + 2)));
    }
    List<FindingItem> findings = review.findings();
    long fixable = findings.stream().filter(FindingItem::fixable).count();
    RepositoryInfo info = repository.get();
    activity
        .statusProperty()
        .set(
            String.format(
                    "Scanned %,d files in %.1f s: %,d findings, %,d with a fix",
                    total, scanNanos / 1e9, findings.size(), fixable)
                + (info != null && info.whyNoCommit() != null
                    ? "  ·  No commits here: " + info.whyNoCommit()
                    : ""));
  }

  // ---- following the disk

  /**
   * Watches the folders of the reviewed files, so that a file edited in another editor is checked
   * again: the findings on screen are those of the file as it is.
   */
  private void startWatching(int scan) {
    Set<Path> folders = new java.util.TreeSet<>();
    review.reviews().forEach(file -> folders.add(file.file().getParent()));
    tasks.run(
        () -> DiskWatch.of(folders, files -> tasks.onViewThread(() -> filesChanged(files, scan))),
        started -> {
          if (scan == generation) {
            watch = started;
          } else {
            started.close();
          }
        },
        failure ->
            activity
                .statusProperty()
                .set(
                    activity.statusProperty().get()
                        + "  ·  Not following edits on disk ("
                        + failure.getMessage()
                        + "): rescan after editing"));
  }

  private void stopWatching() {
    if (watch != null) {
      watch.close();
      watch = null;
    }
    changedOnDisk.clear();
  }

  /**
   * Files changed on disk (null: any may have), as the watch of scan {@code scan} saw them: those
   * under review are checked again, now or once the work running is done.
   */
  void filesChanged(Set<Path> files, int scan) {
    if (scan != generation) {
      return;
    }
    if (files == null) {
      review.reviews().forEach(file -> changedOnDisk.add(file.file()));
    } else {
      // looked up one by one: a burst names a few files, the review may hold thousands
      files.stream().filter(file -> review.reviewOf(file) != null).forEach(changedOnDisk::add);
    }
    recheckChanged();
  }

  /** The scan being followed, for a test to report changes as its watch would. */
  int generation() {
    return generation;
  }

  /**
   * Checks again the changed files whose bytes differ from those reviewed (our own writes and a
   * save without change do not count), with the scan's index, and puts their findings in place of
   * the old. Acceptances in an edited file are not carried over: the fixes were made for its old
   * text.
   */
  private void recheckChanged() {
    if (changedOnDisk.isEmpty()
        || rechecking
        || checker == null
        || scanning.get()
        || activity.busyProperty().get()) {
      return;
    }
    List<FileReview> files = new ArrayList<>();
    for (Path file : changedOnDisk) {
      FileReview reviewed = review.reviewOf(file);
      if (reviewed != null) {
        files.add(reviewed);
      }
    }
    changedOnDisk.clear();
    Checker current = checker;
    int scan = generation;
    rechecking = true;
    tasks.run(
        () -> {
          List<FileResult> rechecked = new ArrayList<>();
          for (FileReview file : files) {
            if (!holds(file)) {
              FileResult result = current.checkAgain(file.input());
              // a file reviewed with nothing to show keeps no bytes to compare: it changed for
              // the review only if it has something to show now
              if (file.original() != null || !isEmpty(result)) {
                rechecked.add(result);
              }
            }
          }
          return rechecked;
        },
        rechecked -> {
          rechecking = false;
          if (scan != generation) {
            return;
          }
          if (!rechecked.isEmpty()) {
            long unaccepted =
                files.stream()
                    .filter(file -> rechecked.stream().anyMatch(r -> r.path().equals(file.path())))
                    .flatMap(file -> file.findings().stream())
                    .filter(FindingItem::isAccepted)
                    .count();
            review.replace(rechecked, Set.of());
            activity.statusProperty().set(recheckedStatus(rechecked, unaccepted));
          }
          recheckChanged();
        },
        failure -> {
          rechecking = false;
          fail(failure);
        });
  }

  /** What checking one edited file again costs: the file, its size, the median of the runs. */
  public record RecheckTiming(String path, long bytes, double medianSeconds) {}

  /**
   * Measures, in the background, what the window pays for a file edited on disk (once the watch has
   * reported it): the largest reviewed file read and checked again with the scan's index, as often
   * as asked, nothing written. {@code done} gets the timing, or null with nothing scanned.
   */
  public void timeRecheck(int runs, java.util.function.Consumer<RecheckTiming> done) {
    Checker current = checker;
    List<FileReview> files = review.reviews();
    tasks.run(
        () -> {
          FileReview largest = null;
          long bytes = -1;
          for (FileReview file : files) {
            long size = Files.size(file.file());
            if (size > bytes) {
              largest = file;
              bytes = size;
            }
          }
          if (current == null || largest == null) {
            return null;
          }
          double[] seconds = new double[runs];
          for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            holds(largest);
            current.checkAgain(largest.input());
            seconds[run] = (System.nanoTime() - start) / 1e9;
          }
          java.util.Arrays.sort(seconds);
          return new RecheckTiming(largest.path(), bytes, seconds[runs / 2]);
        },
        done,
        this::fail);
  }

  /** Whether the file on disk still holds the bytes reviewed (unknown for one kept without). */
  private static boolean holds(FileReview file) {
    // gone, unreadable, or no longer a regular file: the check says which
    return file.original() != null && AppliedChanges.holds(file.file(), file.original().bytes());
  }

  private static boolean isEmpty(FileResult result) {
    return result.findings().isEmpty()
        && result.syntaxError().isEmpty()
        && result.problems().isEmpty();
  }

  private static String recheckedStatus(List<FileResult> rechecked, long unaccepted) {
    List<String> names = rechecked.stream().map(FileResult::path).limit(3).toList();
    String more = rechecked.size() > 3 ? " and " + (rechecked.size() - 3) + " more" : "";
    return "Changed on disk, checked again: "
        + String.join(", ", names)
        + more
        + (unaccepted == 0
            ? ""
            : "  ·  "
                + unaccepted
                + (unaccepted == 1 ? " accepted fix" : " accepted fixes")
                + " there no longer accepted: the file is not what they were made for");
  }

  /** A path as the window shows paths: relative to the folder open, '/'-separated. */
  static String shown(Path folder, String path) {
    Path file = Path.of(path).toAbsolutePath().normalize();
    return folder != null && file.startsWith(folder)
        ? folder.relativize(file).toString().replace('\\', '/')
        : path;
  }

  /** Stops the running scan; files being checked finish, the rest are left. */
  public void cancelScan() {
    cancel.set(true);
  }

  /** Reads the repository again (after a commit), unless another folder was opened since. */
  void refreshRepository() {
    Path folder = root.get();
    int mine = opened;
    tasks.run(
        () -> readRepository(folder),
        info -> {
          if (mine == opened) {
            repository.set(info);
          }
        },
        this::fail);
  }

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

  /** The checker of the scan on screen (null before one started): applies re-check with it. */
  Checker checker() {
    return checker;
  }

  /** Counts the folders opened: work begun for one is dropped when it ends after another opened. */
  int opened() {
    return opened;
  }

  /** Seconds from the scan's start to the first finding on the list (-1: none yet). */
  public double secondsToFirstFinding() {
    return firstFindingNanos < 0 ? -1 : firstFindingNanos / 1e9;
  }

  /** Seconds the last scan took (-1: not finished). */
  public double secondsToScan() {
    return scanNanos < 0 ? -1 : scanNanos / 1e9;
  }

  void close() {
    cancel.set(true);
    stopWatching();
  }

  private void fail(Exception e) {
    scanning.set(false);
    progress.set(0);
    progressText.set("");
    activity.fail(e);
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

  public DoubleProperty progressProperty() {
    return progress;
  }

  public StringProperty progressTextProperty() {
    return progressText;
  }

  public IntegerProperty filesScannedProperty() {
    return filesScanned;
  }

  public ObjectProperty<PythonVersion> targetProperty() {
    return target;
  }
}
