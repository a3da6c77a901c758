package dev.asyncwright.gui;

import dev.asyncwright.gui.model.RepositoryInfo;
import dev.asyncwright.gui.model.ReviewViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom line: the scan's progress and Cancel while it runs, the last message, and the
 * repository, branch, files scanned, findings, accepted fixes and target Python.
 */
final class StatusBar extends HBox {

  /** The width of the scan's progress text (the file being read, cut with an ellipsis). */
  static final double PROGRESS_TEXT_WIDTH = 320;

  StatusBar(ReviewViewModel model) {
    getStyleClass().add("status-bar");
    setId("status-bar");
    ProgressBar progress = new ProgressBar();
    progress.setPrefWidth(160);
    progress.progressProperty().bind(model.progressProperty());
    progress.visibleProperty().bind(model.scanningProperty());
    progress.managedProperty().bind(model.scanningProperty());
    Label progressText = new Label();
    progressText.setId("progress-text");
    progressText.textProperty().bind(model.progressTextProperty());
    // one width whatever file it names, so nothing beside it moves as the names change
    progressText.setMinWidth(PROGRESS_TEXT_WIDTH);
    progressText.setPrefWidth(PROGRESS_TEXT_WIDTH);
    progressText.setMaxWidth(PROGRESS_TEXT_WIDTH);
    progressText.visibleProperty().bind(model.scanningProperty());
    progressText.managedProperty().bind(model.scanningProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("cancel-scan");
    cancel.setOnAction(event -> model.cancelScan());
    cancel.visibleProperty().bind(model.scanningProperty());
    cancel.managedProperty().bind(model.scanningProperty());
    Label status = new Label();
    status.setId("status");
    status.textProperty().bind(model.statusProperty());
    status.setMinWidth(0);
    HBox.setHgrow(status, Priority.ALWAYS);
    status.setMaxWidth(Double.MAX_VALUE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.SOMETIMES);
    Label summary = new Label();
    summary.setId("summary");
    summary.setMinWidth(Region.USE_PREF_SIZE);
    summary
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> summary(model),
                model.repositoryProperty(),
                model.rootProperty(),
                model.filesScannedProperty(),
                model.acceptedProperty(),
                model.targetProperty(),
                model.findings()));
    // Cancel right beside the bar: it stays under the pointer while the scan runs
    getChildren().addAll(progress, cancel, progressText, status, spacer, summary);
  }

  private static String summary(ReviewViewModel model) {
    if (model.rootProperty().get() == null) {
      return "No repository open";
    }
    RepositoryInfo info = model.repositoryProperty().get();
    String where =
        info == null
            ? ""
            : info.workTree() == null
                ? "not a Git repository (no commits)"
                : info.branch() == null
                    ? "no commit yet"
                    : (info.detached() ? "detached at " : "branch ") + info.branch();
    return String.join(
        "  ·  ",
        String.valueOf(model.rootProperty().get().getFileName()),
        where,
        String.format("%,d files", model.filesScannedProperty().get()),
        String.format("%,d findings", model.findings().size()),
        String.format("%,d accepted", model.acceptedProperty().get()),
        "target " + model.targetProperty().get());
  }
}
