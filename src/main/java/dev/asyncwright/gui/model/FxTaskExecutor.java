package dev.asyncwright.gui.model;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * The window's {@link TaskExecutor}: one background thread, taking work in the order asked, and
 * results handed back on the FX thread, so the window never waits on them.
 */
public final class FxTaskExecutor implements TaskExecutor {

  /** The pause after which a debounced action runs. */
  private static final Duration PAUSE = Duration.millis(400);

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread t = new Thread(work, "asyncwright-background");
            t.setDaemon(true);
            return t;
          });

  @Override
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

  @Override
  public void onViewThread(Runnable step) {
    Platform.runLater(step);
  }

  @Override
  public Debounced debounced(Runnable action) {
    PauseTransition pause = new PauseTransition(PAUSE);
    pause.setOnFinished(event -> action.run());
    return new Debounced() {
      @Override
      public void request() {
        pause.playFromStart();
      }

      @Override
      public void cancel() {
        pause.stop();
      }
    };
  }

  @Override
  public void shutdown() {
    thread.shutdownNow();
  }
}
