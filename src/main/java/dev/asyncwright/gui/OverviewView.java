package dev.asyncwright.gui;

import dev.asyncwright.gui.model.FindingItem;
import dev.asyncwright.gui.model.FixKind;
import dev.asyncwright.gui.model.ReviewViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A quick sense of the repository: how many findings, how many with a safe fix, an unsafe one or
 * none, how many files could not be checked, and the findings per rule as bars, most first, each
 * labelled with its rule and count, coloured by its fixes, and a click away from the tree filtered
 * to that rule.
 */
final class OverviewView extends VBox {

  private final ReviewViewModel model;
  private final Consumer<String> showRule;
  private final Label title = new Label("Overview");
  private final Label findings = figure();
  private final Label safe = figure();
  private final Label unsafe = figure();
  private final Label none = figure();
  private final Label problems = figure();
  private final Label barsTitle = new Label("Findings per rule");
  private final VBox bars = new VBox(4);
  private final Label empty = new Label();
  private boolean scheduled;

  /** {@code showRule}: what a click on a rule's bar does with its code (filter the tree to it). */
  OverviewView(ReviewViewModel model, Consumer<String> showRule) {
    this.model = model;
    this.showRule = showRule;
    setId("overview");
    getStyleClass().add("overview");
    title.getStyleClass().add("overview-title");
    title.setMinWidth(0); // a long folder name is cut, never widens the window past the screen
    // a narrow pane wraps the figures to a second line rather than cutting them short
    FlowPane figures =
        new FlowPane(
            28,
            8,
            captioned(findings, "findings"),
            captioned(safe, "safe fixes"),
            captioned(unsafe, "unsafe fixes"),
            captioned(none, "without a fix"),
            captioned(problems, "files not checked"));
    figures.setAlignment(Pos.CENTER_LEFT);
    barsTitle.getStyleClass().add("overview-bars-title");
    bars.setId("rule-bars");
    empty.setId("overview-empty");
    empty.getStyleClass().add("overview-empty");
    empty.setWrapText(true);
    ScrollPane scroll = new ScrollPane(new VBox(8, barsTitle, bars, empty));
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("overview-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(title, figures, scroll);
    model.review().findings().addListener((ListChangeListener<FindingItem>) change -> schedule());
    model.review().problems().addListener((ListChangeListener<Object>) change -> schedule());
    model.scanner().scanningProperty().addListener((property, was, now) -> schedule());
    update();
  }

  private static Label figure() {
    Label label = new Label("0");
    label.getStyleClass().add("overview-figure");
    return label;
  }

  private static VBox captioned(Label figure, String caption) {
    Label text = new Label(caption);
    text.getStyleClass().add("overview-figure-caption");
    figure.setMinWidth(Region.USE_PREF_SIZE);
    text.setMinWidth(Region.USE_PREF_SIZE);
    return new VBox(0, figure, text);
  }

  /** Updates at most a few times a second: a scan streaming in must not starve the window. */
  private void schedule() {
    if (!scheduled) {
      scheduled = true;
      PauseTransition pause = new PauseTransition(Duration.millis(300));
      pause.setOnFinished(
          event -> {
            scheduled = false;
            update();
          });
      pause.play();
    }
  }

  /** One rule's findings: its code and name, and how many of each kind of fix. */
  private static final class RuleCount {
    final String code;
    final String name;
    final int[] kinds = new int[FixKind.values().length];
    int total;

    RuleCount(String code, String name) {
      this.code = code;
      this.name = name;
    }

    /** The kind most of its findings have: the bar's colour. */
    FixKind mostly() {
      FixKind most = FixKind.NONE;
      for (FixKind kind : FixKind.values()) {
        if (kinds[kind.ordinal()] > kinds[most.ordinal()]) {
          most = kind;
        }
      }
      return most;
    }
  }

  private void update() {
    Map<String, RuleCount> perRule = new LinkedHashMap<>();
    int[] kinds = new int[FixKind.values().length];
    for (FindingItem item : model.review().findings()) {
      RuleCount count =
          perRule.computeIfAbsent(
              item.code(),
              code -> new RuleCount(code, item.rule().map(rule -> rule.name()).orElse("")));
      count.kinds[item.kind().ordinal()]++;
      count.total++;
      kinds[item.kind().ordinal()]++;
    }
    title.setText(
        model.scanner().rootProperty().get() == null
            ? "Overview"
            : "Overview of " + model.scanner().rootProperty().get().getFileName());
    findings.setText(String.format("%,d", model.review().findings().size()));
    safe.setText(String.format("%,d", kinds[FixKind.SAFE.ordinal()]));
    unsafe.setText(String.format("%,d", kinds[FixKind.UNSAFE.ordinal()]));
    none.setText(String.format("%,d", kinds[FixKind.NONE.ordinal()]));
    problems.setText(String.format("%,d", model.review().problems().size()));
    List<RuleCount> sorted = new ArrayList<>(perRule.values());
    sorted.sort(
        Comparator.comparingInt((RuleCount count) -> -count.total)
            .thenComparing(count -> count.code));
    int most = sorted.isEmpty() ? 1 : sorted.get(0).total;
    List<HBox> rows = new ArrayList<>();
    for (RuleCount count : sorted) {
      rows.add(bar(count, most));
    }
    bars.getChildren().setAll(rows);
    boolean nothing = sorted.isEmpty();
    barsTitle.setVisible(!nothing);
    barsTitle.setManaged(!nothing);
    empty.setVisible(nothing);
    empty.setManaged(nothing);
    empty.setText(
        model.scanner().scanningProperty().get()
            ? "Scanning…"
            : model.scanner().rootProperty().get() == null
                ? ""
                : "No findings"
                    + (model.review().problems().isEmpty() ? "." : " in the files checked."));
  }

  /** A rule's row: its name, a bar as long as its share of the largest count, the count. */
  private HBox bar(RuleCount count, int most) {
    Label name = new Label(count.code + " " + count.name);
    name.getStyleClass().add("rule-bar-name");
    name.setMinWidth(Region.USE_PREF_SIZE);
    Region length = new Region();
    length
        .getStyleClass()
        .addAll("rule-bar-length", "rule-bar-" + count.mostly().name().toLowerCase());
    Label figure = new Label(String.format("%,d", count.total));
    figure.getStyleClass().add("rule-bar-count");
    HBox track = new HBox(6, length, figure);
    track.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(track, Priority.ALWAYS);
    // the bar takes its share of what the row leaves beside the name and the count
    length
        .prefWidthProperty()
        .bind(
            track
                .widthProperty()
                .subtract(figure.widthProperty())
                .subtract(6)
                .multiply(count.total / (double) most));
    length.setMinWidth(2);
    HBox row = new HBox(10, name, track);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("rule-bar");
    row.setUserData(count.code);
    Tooltip.install(
        row,
        new Tooltip(
            count.total
                + " findings: "
                + count.kinds[FixKind.SAFE.ordinal()]
                + " with a safe fix, "
                + count.kinds[FixKind.UNSAFE.ordinal()]
                + " unsafe, "
                + count.kinds[FixKind.NONE.ordinal()]
                + " without a fix. Click to list them."));
    row.setOnMouseClicked(event -> showRule.accept(count.code));
    return row;
  }
}
