package dev.asyncwright.gui.model;

import dev.asyncwright.engine.FileResult;
import dev.asyncwright.python.SyntaxError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review of the folder open: each checked file's findings and problems, the one selected, and
 * what the user decided about each finding (seen, accepted, rejected; kept across rescans and
 * restarts by {@link ReviewMarks}). The scan fills it, an apply or undo replaces files in it.
 */
public final class ReviewState {

  private final ObservableList<FindingItem> findings = FXCollections.observableArrayList();
  private final ObservableList<ProblemItem> problems = FXCollections.observableArrayList();
  private final ObjectProperty<FindingItem> selected = new SimpleObjectProperty<>(this, "selected");
  private final IntegerProperty accepted = new SimpleIntegerProperty(this, "accepted");
  private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");
  private final IntegerProperty decisions = new SimpleIntegerProperty(this, "decisions");
  private final BooleanProperty unsafeFixesShown =
      new SimpleBooleanProperty(this, "unsafeFixesShown", true);
  private final Map<Path, FileReview> reviews = new LinkedHashMap<>();
  private final ChangeListener<Boolean> acceptedCounter =
      (property, was, now) -> {
        accepted.set(accepted.get() + (now ? 1 : -1));
        changed();
      };

  /** The marks of the folder open, and that folder (null: none open). */
  private ReviewMarks marks = ReviewMarks.none();

  private Path folder;

  /** A write of the marks, at most one per burst of decisions. */
  private final TaskExecutor.Debounced marksDue;

  ReviewState(TaskExecutor tasks) {
    marksDue = tasks.debounced(this::writeMarks);
    selected.addListener(
        (property, was, now) -> {
          if (now != null && marks.see(now)) {
            changed();
            marksDue.request();
          }
        });
    unsafeFixesShown.addListener(
        (property, was, now) -> {
          if (!now) {
            findings.stream()
                .filter(item -> item.kind() == FixKind.UNSAFE)
                .forEach(item -> item.setAccepted(false));
          }
        });
  }

  // ---- what the scan, the apply and the undo do to it

  /** Empties the review (a new scan): its marks stay those of the folder. */
  void clear() {
    findings.forEach(item -> item.acceptedProperty().removeListener(acceptedCounter));
    findings.clear();
    problems.clear();
    reviews.clear();
    selected.set(null);
    accepted.set(0);
    changed();
  }

  /** Empties it for another folder, whose marks are not read yet. */
  void reset(Path opened) {
    clear();
    folder = opened;
    marks = ReviewMarks.none();
  }

  /** The marks kept for the folder open, read from disk once it opened. */
  void useMarks(ReviewMarks read) {
    marks = read;
  }

  /**
   * Takes in checked files; a finding accepted before (a rescan, a restart) is accepted again where
   * its file is as it was. Returns the findings added.
   */
  List<FindingItem> add(List<FileReview> checked) {
    List<FindingItem> added = new ArrayList<>();
    for (FileReview review : checked) {
      reviews.put(review.file(), review);
      added.addAll(review.findings());
      addProblems(review.path(), review.result());
    }
    track(added);
    added.stream()
        .filter(item -> marks.of(item) == ReviewMarks.Mark.ACCEPTED)
        .forEach(
            item -> item.setAccepted(!(item.kind() == FixKind.UNSAFE && !unsafeFixesShown.get())));
    findings.addAll(added);
    return added;
  }

  /** Adds a problem of the folder (a nested repository skipped), not of one file. */
  void addProblem(ProblemItem problem) {
    problems.add(problem);
  }

  /**
   * The scan is over: findings in path, line, column and rule order, and the marks of findings gone
   * (in the files and rules scanned) forgotten.
   */
  void scanned(Set<String> activeRules) {
    List<FindingItem> sorted = new ArrayList<>(findings);
    sorted.sort(
        Comparator.comparing(FindingItem::path)
            .thenComparingInt(FindingItem::line)
            .thenComparingInt(FindingItem::column)
            .thenComparing(FindingItem::code));
    findings.setAll(sorted);
    Set<String> paths = new java.util.HashSet<>();
    reviews.values().forEach(review -> paths.add(review.path()));
    marks.keepOnly(findings, paths, activeRules);
    marksDue.request();
  }

  /** How many files are checked. */
  int fileCount() {
    return reviews.size();
  }

  /**
   * The checked files' reviews in path order, not in the order the scan's threads finished them:
   * what an apply writes and a commit lists comes out the same way every time.
   */
  List<FileReview> reviews() {
    return reviews.values().stream().sorted(Comparator.comparing(FileReview::path)).toList();
  }

  FileReview reviewOf(Path file) {
    return reviews.get(file);
  }

  /** The fixes were written: their findings are gone, their marks must not pass to a twin. */
  void forget(List<FindingItem> written) {
    written.forEach(marks::forget);
    marksDue.request();
  }

  /** Replaces files' reviews by their re-check, accepting again the findings at those places. */
  void replace(List<FileResult> rechecked, Set<String> acceptAgain) {
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
      addProblems(result.path(), result);
      track(fresh.findings());
      fresh.findings().stream()
          .filter(item -> acceptAgain.contains(place(file, item.code(), item.finding().start())))
          .forEach(item -> accept(item, true));
      // where the old findings were; for a file that had none, where its path sorts
      findings.addAll(
          at >= 0 ? Math.min(at, findings.size()) : placeInPathOrder(result.path()),
          fresh.findings());
      if (wasSelected != null && wasSelected.file() == old) {
        selected.set(nearest(fresh.findings(), wasSelected));
      }
    }
    changed();
  }

  /** Identifies a finding across a re-check: its file, its rule, where it starts. */
  static String place(Path file, String code, int start) {
    return file + "\0" + code + "\0" + start;
  }

  static String placeOf(FindingItem item) {
    return place(item.file().file(), item.code(), item.finding().start());
  }

  // ---- the user's decisions

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
      changed();
      decisions.set(decisions.get() + 1);
      marksDue.request();
    }
  }

  /** Marks the findings seen (a group of one rewrite, judged on its first). */
  public void see(Collection<FindingItem> items) {
    boolean any = false;
    for (FindingItem item : items) {
      any |= marks.see(item);
    }
    if (any) {
      changed();
      marksDue.request();
    }
  }

  /** Whether the user rejected the finding (and has not accepted it since). */
  public boolean isRejected(FindingItem item) {
    return !item.isAccepted() && marks.of(item) == ReviewMarks.Mark.REJECTED;
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

  /** Writes the marks now, before the window goes. */
  void close() {
    marksDue.cancel();
    if (folder != null) {
      marks.writeNow(marks.snapshot(folder));
    }
  }

  // ---- read access for the views

  public ObservableList<FindingItem> findings() {
    return findings;
  }

  /** The findings of the current scan that match a test, in the list's order. */
  public List<FindingItem> findings(Predicate<FindingItem> test) {
    return findings.stream().filter(test).toList();
  }

  public ObservableList<ProblemItem> problems() {
    return problems;
  }

  public ObjectProperty<FindingItem> selectedProperty() {
    return selected;
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

  public BooleanProperty unsafeFixesShownProperty() {
    return unsafeFixesShown;
  }

  // ----

  private void changed() {
    revision.set(revision.get() + 1);
  }

  private void track(List<FindingItem> items) {
    items.forEach(item -> item.acceptedProperty().addListener(acceptedCounter));
  }

  private void addProblems(String path, FileResult result) {
    result
        .syntaxError()
        .ifPresent(syntax -> problems.add(new ProblemItem(path, syntax.line(), message(syntax))));
    result.problems().forEach(problem -> problems.add(new ProblemItem(path, 0, problem)));
  }

  private static String message(SyntaxError error) {
    return "not checked: " + error.message();
  }

  /** Writes the marks off the views' thread; the snapshot is taken here, on it. */
  private void writeMarks() {
    if (folder != null) {
      marks.writeLater(marks.snapshot(folder));
    }
  }

  /** The index of the first finding of a file whose path sorts after this one (else the end). */
  private int placeInPathOrder(String path) {
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i).path().compareTo(path) > 0) {
        return i;
      }
    }
    return findings.size();
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
}
