package dev.asyncwright.gui.model;

/**
 * The window's state and everything it can do, with no control in sight, in four parts that share
 * the review of the folder open: {@link ScanViewModel} opens and scans, {@link ReviewState} holds
 * the findings and the user's decisions, {@link ApplyViewModel} writes and undoes the accepted
 * fixes, {@link CommitViewModel} commits them; {@link Activity} says what is going on. Slow work
 * runs through the {@link TaskExecutor} given; every property changes on the views' thread only, so
 * views bind to them directly.
 */
public final class ReviewViewModel {

  private final TaskExecutor tasks;
  private final Activity activity = new Activity();
  private final ReviewState review;
  private final ScanViewModel scanner;
  private final ApplyViewModel applier;
  private final CommitViewModel committer;

  /** The window's: background work on a thread of its own, results on the FX thread. */
  public ReviewViewModel(int threads) {
    this(threads, new FxTaskExecutor());
  }

  /** With the scan's worker threads and where the rest of the slow work runs. */
  public ReviewViewModel(int threads, TaskExecutor tasks) {
    this.tasks = tasks;
    Applies applies = new Applies();
    review = new ReviewState(tasks);
    scanner = new ScanViewModel(tasks, threads, review, activity, applies);
    applier = new ApplyViewModel(tasks, review, scanner, activity, applies);
    committer = new CommitViewModel(tasks, scanner, activity, applies);
  }

  public Activity activity() {
    return activity;
  }

  public ReviewState review() {
    return review;
  }

  public ScanViewModel scanner() {
    return scanner;
  }

  public ApplyViewModel applier() {
    return applier;
  }

  public CommitViewModel committer() {
    return committer;
  }

  /** Stops the scan and the background work, and writes the last review marks. */
  public void shutdown() {
    scanner.close();
    tasks.shutdown();
    review.close();
  }
}
