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
    progress.progressProperty().bind(model.scanner().progressProperty());
    progress.visibleProperty().bind(model.scanner().scanningProperty());
    progress.managedProperty().bind(model.scanner().scanningProperty());
    Label progressText = new Label();
    progressText.setId("progress-text");
    progressText.textProperty().bind(model.scanner().progressTextProperty());
    // one width whatever file it names, so nothing beside it moves as the names change
    progressText.setMinWidth(PROGRESS_TEXT_WIDTH);
    progressText.setPrefWidth(PROGRESS_TEXT_WIDTH);
    progressText.setMaxWidth(PROGRESS_TEXT_WIDTH);
    progressText.visibleProperty().bind(model.scanner().scanningProperty());
    progressText.managedProperty().bind(model.scanner().scanningProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("cancel-scan");
    cancel.setOnAction(event -> model.scanner().cancelScan());
    cancel.visibleProperty().bind(model.scanner().scanningProperty());
    cancel.managedProperty().bind(model.scanner().scanningProperty());
    Label status = new Label();
    status.setId("status");
    status.textProperty().bind(model.activity().statusProperty());
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
                model.scanner().repositoryProperty(),
                model.scanner().rootProperty(),
                model.scanner().filesScannedProperty(),
                model.review().acceptedProperty(),
                model.scanner().targetProperty(),
                model.review().findings()));
    // Cancel right beside the bar: it stays under the pointer while the scan runs
    getChildren().addAll(progress, cancel, progressText, status, spacer, summary);
  }

  private static String summary(ReviewViewModel model) {
    if (model.scanner().rootProperty().get() == null) {
      return "No repository open";
    }
    RepositoryInfo info = model.scanner().repositoryProperty().get();
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
        String.valueOf(model.scanner().rootProperty().get().getFileName()),
        where,
        String.format("%,d files", model.scanner().filesScannedProperty().get()),
        String.format("%,d findings", model.review().findings().size()),
        String.format("%,d accepted", model.review().acceptedProperty().get()),
        "target " + model.scanner().targetProperty().get());
  }
}
