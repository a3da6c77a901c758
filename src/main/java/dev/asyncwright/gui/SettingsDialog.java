package dev.asyncwright.gui;

import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleRegistry;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The scan's settings: target Python, which rules run (ticked: those the last scan ran, as the
 * project's configuration selected them or as chosen here), and whether unsafe fixes are offered.
 */
final class SettingsDialog extends Dialog<SettingsDialog.Result> {

  /** The settings chosen; a null target means "as the project's configuration says". */
  record Result(PythonVersion target, Set<String> rules, boolean unsafeFixesShown) {}

  private static final String CONFIGURED = "As the project says";

  SettingsDialog(
      PythonVersion override, PythonVersion configured, Set<String> active, boolean unsafe) {
    setTitle("Settings");
    setHeaderText("What to look for, and for which Python");
    ComboBox<String> target = new ComboBox<>();
    target.setId("settings-target");
    target.getItems().add(CONFIGURED + " (" + configured + ")");
    List<PythonVersion> versions = PythonVersion.supported();
    versions.forEach(version -> target.getItems().add(version.toString()));
    // item 0 is "as the project says", then the versions
    target.getSelectionModel().select(override == null ? 0 : 1 + versions.indexOf(override));
    CheckBox showUnsafe = new CheckBox("Offer unsafe fixes (each still needs your acceptance)");
    showUnsafe.setSelected(unsafe);
    Map<String, CheckBox> rules = new LinkedHashMap<>();
    VBox ruleBoxes = new VBox(4);
    for (Rule rule : RuleRegistry.all()) {
      CheckBox box = new CheckBox(rule.code() + "  " + rule.name() + " — " + rule.doc().summary());
      box.setSelected(active.contains(rule.code()));
      box.setMnemonicParsing(false); // `run_in_executor` keeps its underscores
      rules.put(rule.code(), box);
      ruleBoxes.getChildren().add(box);
    }
    ScrollPane ruleScroll = new ScrollPane(ruleBoxes);
    ruleScroll.setPrefHeight(300);
    ruleScroll.setFitToWidth(true);
    VBox content =
        new VBox(
            10,
            new Label("Target Python (fixes that need a newer one are withheld):"),
            target,
            showUnsafe,
            new Label("Rules:"),
            ruleScroll);
    content.setPadding(new Insets(12));
    content.setPrefWidth(640);
    getDialogPane().setContent(content);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    setResultConverter(
        button -> {
          if (button != ButtonType.OK) {
            return null;
          }
          int index = target.getSelectionModel().getSelectedIndex();
          Set<String> on = new HashSet<>();
          rules.forEach(
              (code, box) -> {
                if (box.isSelected()) {
                  on.add(code);
                }
              });
          return new Result(
              index <= 0 ? null : versions.get(index - 1), on, showUnsafe.isSelected());
        });
  }
}
