package dev.asyncwright.gui.model;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs the window's long work (Git, disk, the scan's coordination) on one background thread, in the
 * order asked, and hands results back on the FX thread: the window never waits on them.
 */
public final class Background {

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread t = new Thread(work, "asyncwright-background");
            t.setDaemon(true);
            return t;
          });

  /** Runs {@code work}; then, on the FX thread, {@code done} with its result or {@code failed}. */
  public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
    thread.execute(
        () -> {
          try {
            T result = work.call();
            Platform.runLater(() -> done.accept(result));
          } catch (Exception e) {
            Platform.runLater(() -> failed.accept(e));
          }
        });
  }

  public void shutdown() {
    thread.shutdownNow();
  }
}
