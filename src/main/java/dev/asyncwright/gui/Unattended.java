package dev.asyncwright.gui;

import dev.asyncwright.gui.model.ReviewViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.function.IntConsumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * The {@code --snapshot} and {@code --benchmark} modes: wait (on the FX thread's timer, never
 * blocking it) until the scan is done, then write a picture of the window or print the timings, and
 * exit.
 */
final class Unattended {

  private static final int TIMEOUT_SECONDS = 600;

  /** How many times the benchmark checks one file again; it reports the median. */
  private static final int RECHECK_RUNS = 9;

  private final ReviewViewModel model;
  private final MainWindow window;
  private final Scene scene;
  private final AsyncwrightApp.Options options;
  private final IntConsumer exit;
  private final Timeline timer = new Timeline();
  private final long started = System.nanoTime();
  private int doneTicks;
  private boolean selected;
  private boolean timing;
  private int settledTicks;

  Unattended(
      ReviewViewModel model,
      MainWindow window,
      Scene scene,
      AsyncwrightApp.Options options,
      IntConsumer exit) {
    this.model = model;
    this.window = window;
    this.scene = scene;
    this.options = options;
    this.exit = exit;
  }

  void start() {
    timer.getKeyFrames().add(new KeyFrame(Duration.millis(100), event -> tick()));
    timer.setCycleCount(Timeline.INDEFINITE);
    timer.play();
  }

  private void tick() {
    if ((System.nanoTime() - started) / 1e9 > TIMEOUT_SECONDS) {
      finish(1, "asyncwright gui: gave up waiting for the scan after " + TIMEOUT_SECONDS + " s");
      return;
    }
    if (model.activity().errorProperty().get() != null
        && model.scanner().secondsToScan() < 0
        && !model.scanner().scanningProperty().get()
        && !model.activity().busyProperty().get()) {
      finish(1, "asyncwright gui: " + model.activity().errorProperty().get());
      return;
    }
    if (model.scanner().scanningProperty().get()
        || model.activity().busyProperty().get()
        || model.scanner().secondsToScan() < 0) {
      return;
    }
    if (options.benchmark()) {
      if (!timing) {
        timing = true;
        String scan =
            String.format(
                "files: %,d%nfindings: %,d%nfirst finding listed: %.2f s%nscan finished: %.2f s",
                model.scanner().filesScannedProperty().get(),
                model.review().findings().size(),
                model.scanner().secondsToFirstFinding(),
                model.scanner().secondsToScan());
        model
            .scanner()
            .timeRecheck(
                RECHECK_RUNS,
                recheck ->
                    finish(
                        0,
                        scan
                            + (recheck == null
                                ? ""
                                : String.format(
                                    "%nre-check of one edited file (the largest, %s, %,d bytes):"
                                        + " %.1f ms (median of %d)",
                                    recheck.path(),
                                    recheck.bytes(),
                                    recheck.medianSeconds() * 1000,
                                    RECHECK_RUNS))));
      }
      return;
    }
    // the tree takes in the scan's last findings on the next pulse: let it, then select
    if (++doneTicks < 3) {
      return;
    }
    if (!selected) {
      selected = true;
      window.findingsView().selectFirstFinding(options.select());
      return;
    }
    boolean diffShown =
        model.review().selectedProperty().get() == null || window.diffView().readyProperty().get();
    // a few frames after the diff arrives, so that layout and scrolling have settled
    if (diffShown && ++settledTicks >= 5) {
      try {
        write();
        finish(0, null);
      } catch (IOException e) {
        finish(1, "asyncwright gui: cannot write " + options.snapshot() + ": " + e.getMessage());
      }
    }
  }

  private void write() throws IOException {
    WritableImage image = scene.snapshot(null);
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    int[] pixels = new int[width * height];
    image
        .getPixelReader()
        .getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    picture.setRGB(0, 0, width, height, pixels, 0, width);
    if (!ImageIO.write(picture, "png", options.snapshot().toFile())) {
      throw new IOException("no PNG writer");
    }
  }

  private void finish(int status, String message) {
    timer.stop();
    if (message != null) {
      (status == 0 ? System.out : System.err).println(message);
    }
    exit.accept(status);
    Platform.exit();
  }
}
