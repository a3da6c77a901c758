package dev.asyncwright.gui;

import dev.asyncwright.gui.model.ReviewViewModel;
import dev.asyncwright.gui.model.UserSettings;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: one main window, its place and size remembered, and the two unattended
 * modes ({@code --snapshot}, {@code --benchmark}) that open a repository, wait and exit.
 */
public final class AsyncwrightApp extends Application {

  /** What the command line asked for; set before launch (JavaFX makes the instance). */
  record Options(Path path, Path snapshot, int[] size, boolean benchmark, String select) {

    boolean unattended() {
      return snapshot != null || benchmark;
    }
  }

  static Options options = new Options(null, null, null, false, null);
  static volatile int exitStatus;

  private ReviewViewModel model;
  private UserSettings settings;
  private MainWindow window;
  private Stage stage;

  @Override
  public void start(Stage primary) {
    stage = primary;
    settings = UserSettings.load();
    model = new ReviewViewModel(Runtime.getRuntime().availableProcessors());
    model.review().unsafeFixesShownProperty().set(settings.flag("unsafe", true));
    window = new MainWindow(stage, model, settings);
    // a saved size the screen cannot hold (another monitor, a lower resolution) shrinks to it
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    double width =
        options.size() != null
            ? options.size()[0]
            : Math.min(settings.number("width", 1400), screen.getWidth());
    double height =
        options.size() != null
            ? options.size()[1]
            : Math.min(settings.number("height", 900), screen.getHeight());
    Scene scene = new Scene(window, width, height);
    Theme.named(settings.text("theme", "system")).applyTo(scene.getStylesheets());
    stage.setScene(scene);
    stage.setTitle("Asyncwright");
    stage.getIcons().setAll(Badges.applicationIcons());
    stage.setMinWidth(800);
    stage.setMinHeight(520);
    if (options.size() == null && !options.unattended()) {
      double x = settings.number("x", Double.NaN);
      double y = settings.number("y", Double.NaN);
      // only a place where the whole window is on the screen
      if (!Double.isNaN(x)
          && !Double.isNaN(y)
          && screen.contains(x, y, Math.min(width, screen.getWidth()), height)) {
        stage.setX(x);
        stage.setY(y);
      }
      stage.setMaximized(settings.flag("maximized", false));
    }
    stage.show();
    window.installKeys();
    if (options.path() != null) {
      if (options.unattended()) {
        model.scanner().open(options.path());
        new Unattended(model, window, scene, options, status -> exitStatus = status).start();
      } else {
        window.open(options.path());
      }
    }
  }

  @Override
  public void stop() {
    if (!options.unattended() && stage != null) {
      settings.setFlag("maximized", stage.isMaximized());
      if (!stage.isMaximized()) {
        settings.setNumber("x", stage.getX());
        settings.setNumber("y", stage.getY());
        settings.setNumber("width", stage.getWidth());
        settings.setNumber("height", stage.getHeight());
      }
      window.rememberLayout();
      settings.flush();
    }
    model.shutdown();
    window.diffView().shutdown();
  }
}
