package dev.asyncwright.gui.model;

import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * A {@link TaskExecutor} for tests without a screen: the calling thread stands for the views'
 * thread, work runs on it at once, and the steps the work's own threads post (a scan's workers) run
 * on it before the work's result is handed back, in the order posted. A call to the view model
 * returns when everything it started is done.
 */
final class InlineTasks implements TaskExecutor {

  private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();

  @Override
  public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
    T result;
    try {
      result = work.call();
    } catch (Exception e) {
      runPosted();
      failed.accept(e);
      return;
    }
    runPosted();
    done.accept(result);
  }

  @Override
  public void onViewThread(Runnable step) {
    posted.add(step);
  }

  /** Runs at once: no pause is worth waiting for in a test. */
  @Override
  public Debounced debounced(Runnable action) {
    return new Debounced() {
      @Override
      public void request() {
        action.run();
      }

      @Override
      public void cancel() {}
    };
  }

  @Override
  public void shutdown() {
    posted.clear();
  }

  private void runPosted() {
    for (Runnable step = posted.poll(); step != null; step = posted.poll()) {
      step.run();
    }
  }
}
