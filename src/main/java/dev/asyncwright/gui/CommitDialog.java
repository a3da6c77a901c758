package dev.asyncwright.gui;

import dev.asyncwright.gui.model.CommitDraft;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * The migration commit: subject and body prefilled with the rules and counts, the files to commit
 * (only Asyncwright's, each with its diff on click), the files left out and why, an optional new
 * branch, and who commits. Ctrl+Enter commits.
 */
final class CommitDialog extends Dialog<CommitDialog.Result> {

  /**
   * What the user decided: the message and, if asked for, a new branch; {@code split}: one commit
   * for the safe fixes and one per unsafe rule, each with a message of its own.
   */
  record Result(String subject, String body, String branch, boolean split) {}

  static final ButtonType COMMIT = new ButtonType("Commit", ButtonBar.ButtonData.OK_DONE);

  /** A unified diff, its added and removed lines coloured as the window's diff colours them. */
  static void showDiff(CodeArea area, String diff) {
    area.replaceText(diff);
    for (int i = 0; i < area.getParagraphs().size(); i++) {
      String line = area.getParagraph(i).getText();
      String style =
          line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff ")
              ? "diff-file-line"
              : line.startsWith("@@")
                  ? "diff-hunk-line"
                  : line.startsWith("+")
                      ? "added-line"
                      : line.startsWith("-") ? "removed-line" : null;
      if (style != null) {
        area.setParagraphStyle(i, java.util.List.of(style));
      }
    }
  }

  CommitDialog(CommitDraft draft) {
    setTitle("Commit the migration");
    setHeaderText(
        draft.files().size()
            + (draft.files().size() == 1 ? " file" : " files")
            + " changed by Asyncwright, and only those, will be committed.");
    setResizable(true);
    TextField subject = new TextField(draft.subject());
    subject.setId("commit-subject");
    TextArea body = new TextArea(draft.body());
    body.setId("commit-body");
    // room for the whole prefilled message (one line per rule), and one more to type on
    body.setPrefRowCount(Math.max(4, Math.min(14, draft.body().split("\n", -1).length + 1)));
    CheckBox newBranch = new CheckBox("On a new branch:");
    TextField branch = new TextField("asyncio-modernisation");
    branch.setId("commit-branch");
    branch.disableProperty().bind(newBranch.selectedProperty().not());
    CheckBox split = new CheckBox("One commit for the safe fixes, then one per unsafe rule");
    split.setId("commit-split");
    split.setTooltip(
        new javafx.scene.control.Tooltip(
            "Each commit's message counts its fixes; an unsafe rule's quotes why its fix is"
                + " unsafe. The subject and body above are then not used."));
    subject.disableProperty().bind(split.selectedProperty());
    body.disableProperty().bind(split.selectedProperty());
    ListView<String> files = new ListView<>();
    files.setId("commit-files");
    draft.files().forEach(file -> files.getItems().add(file.gitPath()));
    CodeArea diff = new CodeArea();
    diff.setId("commit-diff");
    diff.setEditable(false);
    files
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (property, was, now) ->
                showDiff(diff, now.intValue() < 0 ? "" : draft.files().get(now.intValue()).diff()));
    if (!draft.files().isEmpty()) {
      files.getSelectionModel().select(0);
    }
    SplitPane filesAndDiff = new SplitPane(files, new VirtualizedScrollPane<>(diff));
    filesAndDiff.setDividerPositions(0.32);
    filesAndDiff.setPrefHeight(260);

    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.setPadding(new Insets(12));
    grid.addRow(0, new Label("Author:"), new Label(draft.author()));
    grid.addRow(1, new Label("Branch:"), new Label(draft.branch()));
    grid.addRow(2, newBranch, branch);
    grid.addRow(3, new Label("Subject:"), subject);
    grid.addRow(4, new Label("Body:"), body);
    grid.add(split, 1, 5);
    GridPane.setHgrow(subject, Priority.ALWAYS);
    VBox content = new VBox(8, grid, new Label("Files to commit (click one for its diff):"));
    content.getChildren().add(filesAndDiff);
    VBox.setVgrow(filesAndDiff, Priority.ALWAYS);
    if (!draft.leftOut().isEmpty()) {
      Label leftOut = new Label("Left out:\n  " + String.join("\n  ", draft.leftOut()));
      leftOut.setWrapText(true);
      content.getChildren().add(leftOut);
    }
    content.setPadding(new Insets(0, 12, 0, 12));
    content.setPrefWidth(820);
    getDialogPane().setContent(content);
    getDialogPane().getButtonTypes().addAll(COMMIT, ButtonType.CANCEL);
    getDialogPane().lookupButton(COMMIT).disableProperty().bind(subject.textProperty().isEmpty());
    getDialogPane()
        .addEventFilter(
            KeyEvent.KEY_PRESSED,
            event -> {
              if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                if (!subject.getText().isBlank()) {
                  setResult(
                      new Result(
                          subject.getText(),
                          body.getText(),
                          newBranch.isSelected() ? branch.getText() : null,
                          split.isSelected()));
                  close();
                }
                event.consume();
              }
            });
    setResultConverter(
        button ->
            button == COMMIT
                ? new Result(
                    subject.getText(),
                    body.getText(),
                    newBranch.isSelected() ? branch.getText() : null,
                    split.isSelected())
                : null);
  }
}
