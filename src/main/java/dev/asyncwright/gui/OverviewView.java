package dev.asyncwright.gui;

import dev.asyncwright.gui.model.FindingItem;
import dev.asyncwright.gui.model.FixKind;
import dev.asyncwright.gui.model.ReviewViewModel;
import java.util.Map;
import java.util.TreeMap;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A quick sense of the repository: how many findings, how many with a safe fix, an unsafe one or
 * none, how many files could not be checked, and a bar chart of findings per rule.
 */
final class OverviewView extends VBox {

  private final ReviewViewModel model;
  private final Label title = new Label("Overview");
  private final Label findings = figure();
  private final Label safe = figure();
  private final Label unsafe = figure();
  private final Label none = figure();
  private final Label problems = figure();
  private final CategoryAxis rules = new CategoryAxis();
  private final NumberAxis counts = new NumberAxis();
  private final BarChart<Number, String> chart = new BarChart<>(counts, rules);
  private boolean scheduled;

  OverviewView(ReviewViewModel model) {
    this.model = model;
    setId("overview");
    getStyleClass().add("overview");
    title.getStyleClass().add("overview-title");
    HBox figures =
        new HBox(
            28,
            captioned(findings, "findings"),
            captioned(safe, "safe fixes"),
            captioned(unsafe, "unsafe fixes"),
            captioned(none, "no fix (advice)"),
            captioned(problems, "files not checked"));
    figures.setAlignment(Pos.CENTER_LEFT);
    chart.setLegendVisible(false);
    chart.setAnimated(false);
    chart.setTitle("Findings per rule");
    counts.setMinorTickVisible(false);
    // counts are whole: label whole ticks only
    counts.setTickLabelFormatter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Number value) {
            double v = value.doubleValue();
            return v == Math.rint(v) ? String.format("%,d", (long) v) : "";
          }

          @Override
          public Number fromString(String text) {
            return Double.valueOf(text.replace(",", ""));
          }
        });
    counts.setForceZeroInRange(true);
    VBox.setVgrow(chart, Priority.ALWAYS);
    getChildren().addAll(title, figures, chart);
    model.findings().addListener((ListChangeListener<FindingItem>) change -> schedule());
    model.problems().addListener((ListChangeListener<Object>) change -> schedule());
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

  private void update() {
    Map<String, Integer> perRule = new TreeMap<>();
    int[] kinds = new int[FixKind.values().length];
    for (FindingItem item : model.findings()) {
      perRule.merge(
          item.code() + " " + item.rule().map(rule -> rule.name()).orElse(""), 1, Integer::sum);
      kinds[item.kind().ordinal()]++;
    }
    title.setText(
        model.rootProperty().get() == null
            ? "Overview"
            : "Overview of " + model.rootProperty().get().getFileName());
    findings.setText(String.format("%,d", model.findings().size()));
    safe.setText(String.format("%,d", kinds[FixKind.SAFE.ordinal()]));
    unsafe.setText(String.format("%,d", kinds[FixKind.UNSAFE.ordinal()]));
    none.setText(String.format("%,d", kinds[FixKind.NONE.ordinal()]));
    problems.setText(String.format("%,d", model.problems().size()));
    XYChart.Series<Number, String> series = new XYChart.Series<>();
    // the chart lists categories bottom-up: add them in reverse for a top-down reading order
    perRule.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByKey().reversed())
        .forEach(
            entry -> series.getData().add(new XYChart.Data<>(entry.getValue(), entry.getKey())));
    chart.getData().setAll(java.util.List.of(series));
  }
}
