package dev.asyncwright.gui.model;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the view models' slow work runs (Git, disk, the scan's coordination) and how its results
 * come back to the thread the views read on. The window's is {@link FxTaskExecutor}; a test gives
 * one that runs everything on its own thread, so the view models are tested without a screen.
 */
public interface TaskExecutor {

  /**
   * Runs {@code work} off the views' thread, in the order asked; then, on the views' thread, {@code
   * done} with its result or {@code failed} with what it threw.
   */
  <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed);

  /** Runs {@code step} on the views' thread (from any thread: a scan's workers report this way). */
  void onViewThread(Runnable step);

  /**
   * An action run once on the views' thread after requests stop coming for a short pause (a write
   * of the review marks, at most one per burst of decisions).
   */
  Debounced debounced(Runnable action);

  /** Stops the background work; what runs is interrupted, nothing more is taken. */
  void shutdown();

  /** An action {@link #debounced} by a pause. */
  interface Debounced {

    /** Asks for the action: it runs once the requests pause. */
    void request();

    /** Forgets a request not yet served. */
    void cancel();
  }
}
