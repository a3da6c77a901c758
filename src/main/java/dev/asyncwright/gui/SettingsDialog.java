package dev.asyncwright.gui;

import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The scan's settings: target Python, which rules run (ticked: those the last scan ran, as the
 * project's configuration selected them or as chosen here), and whether unsafe fixes are offered.
 */
final class SettingsDialog extends Dialog<SettingsDialog.Result> {

  /** The settings chosen; a null target means "as the project's configuration says". */
  record Result(PythonVersion target, Set<String> rules, boolean unsafeFixesShown) {}

  private static final String CONFIGURED = "As the project says";

  /** A family's heading and its rules' boxes, shown or hidden together by the search. */
  private record Family(Label heading, List<CheckBox> boxes) {}

  /** A button that ticks (or unticks) the rules the search shows. */
  private static Button tickButton(
      String text, String id, java.util.Collection<CheckBox> boxes, boolean tick) {
    Button button = new Button(text);
    button.setId(id);
    button.setOnAction(
        event -> boxes.stream().filter(CheckBox::isVisible).forEach(box -> box.setSelected(tick)));
    return button;
  }

  /** The family a rule's code belongs to, as the catalogue groups them (by the hundreds). */
  static String family(String code) {
    return switch (code.length() > 2 ? code.charAt(2) : ' ') {
      case '0' -> "Python syntax";
      case '1' -> "Blocking calls in coroutines";
      case '2' -> "Executors and the running loop";
      case '3' -> "Tasks";
      case '4' -> "Event loops";
      case '5' -> "Timeouts and cancellation";
      case '6' -> "Coroutines";
      case '7' -> "Concurrency";
      case '8' -> "Resources";
      default -> "Other";
    };
  }

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
    Map<String, Family> families = new LinkedHashMap<>();
    VBox ruleBoxes = new VBox(4);
    ruleBoxes.setId("settings-rules");
    for (Rule rule : RuleRegistry.all()) {
      Family family =
          families.computeIfAbsent(
              family(rule.code()),
              name -> {
                Label heading = new Label(name);
                heading.getStyleClass().add("settings-family");
                ruleBoxes.getChildren().add(heading);
                return new Family(heading, new ArrayList<>());
              });
      // one line each (what it finds); the whole description in the tooltip
      CheckBox box = new CheckBox(rule.code() + "  " + rule.name() + " — " + rule.finds());
      Tooltip whole = new Tooltip(rule.doc().summary());
      whole.setWrapText(true);
      whole.setMaxWidth(560);
      box.setTooltip(whole);
      box.setSelected(active.contains(rule.code()));
      box.setMnemonicParsing(false); // `run_in_executor` keeps its underscores
      box.setWrapText(true);
      rules.put(rule.code(), box);
      family.boxes().add(box);
      ruleBoxes.getChildren().add(box);
    }
    TextField search = new TextField();
    search.setId("settings-search");
    search.setPromptText("Search the rules: code, name or what it finds");
    search
        .textProperty()
        .addListener(
            (property, was, now) -> {
              String needle = now.strip().toLowerCase(Locale.ROOT);
              for (Family family : families.values()) {
                boolean any = false;
                for (CheckBox box : family.boxes()) {
                  boolean shown =
                      needle.isEmpty() || box.getText().toLowerCase(Locale.ROOT).contains(needle);
                  box.setVisible(shown);
                  box.setManaged(shown);
                  any |= shown;
                }
                family.heading().setVisible(any);
                family.heading().setManaged(any);
              }
            });
    Button all = tickButton("Select all", "settings-all", rules.values(), true);
    Button none = tickButton("Select none", "settings-none", rules.values(), false);
    HBox.setHgrow(search, Priority.ALWAYS);
    HBox ruleTools = new HBox(8, search, all, none);
    ScrollPane ruleScroll = new ScrollPane(ruleBoxes);
    ruleScroll.setPrefHeight(360);
    ruleScroll.setFitToWidth(true);
    VBox.setVgrow(ruleScroll, Priority.ALWAYS);
    VBox content =
        new VBox(
            10,
            new Label("Target Python (fixes that need a newer one are withheld):"),
            target,
            showUnsafe,
            new Label("Rules:"),
            ruleTools,
            ruleScroll);
    content.setPadding(new Insets(12));
    getDialogPane().setContent(content);
    // resizable, and big enough to read the rules at first: a window manager that sized the
    // dialog to its content showed one and a half of them
    setResizable(true);
    getDialogPane().setPrefSize(760, 640);
    getDialogPane().setMinSize(480, 360);
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
