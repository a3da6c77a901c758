package dev.asyncwright.gui;

import java.util.List;
import java.util.function.IntFunction;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * The strip between the diff's two sides, as Meld draws it: a band from each block of change on the
 * left to what it became on the right, coloured by the fix that made it (safe, unsafe, or accepted
 * already), with a toggle on each band of a fix to accept or reject it there.
 */
final class DiffConnector extends Pane {

  static final double WIDTH = 36;

  /** What a band shows: its colour's style class, and its fix's toggle (null: none). */
  record Look(String styleClass, Toggle toggle) {}

  /** A band's toggle: whether its fix is accepted, what clicking does, and what to say. */
  record Toggle(boolean accepted, Runnable click, String tooltip) {}

  DiffConnector() {
    getStyleClass().add("diff-connector");
    setId("diff-connector");
    setMinWidth(WIDTH);
    setPrefWidth(WIDTH);
    setMaxWidth(WIDTH);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
  }

  /** Draws these bands, each with the look of its block. */
  void show(List<DiffBands.Band> bands, IntFunction<Look> looks) {
    getChildren().clear();
    for (DiffBands.Band band : bands) {
      Look look = looks.apply(band.block());
      Polygon shape =
          new Polygon(
              0,
              band.leftTop(),
              WIDTH,
              band.rightTop(),
              WIDTH,
              Math.max(band.rightBottom(), band.rightTop() + 1),
              0,
              Math.max(band.leftBottom(), band.leftTop() + 1));
      shape.getStyleClass().addAll("diff-band", look.styleClass());
      getChildren().add(shape);
      if (look.toggle() != null) {
        getChildren().add(toggle(look.toggle(), band.middle()));
      }
    }
  }

  private static Label toggle(Toggle toggle, double middle) {
    Label glyph = new Label(toggle.accepted() ? "✓" : "+");
    glyph.getStyleClass().add("diff-band-toggle");
    if (toggle.accepted()) {
      glyph.getStyleClass().add("accepted");
    }
    glyph.setTooltip(new Tooltip(toggle.tooltip()));
    glyph.setOnMouseClicked(
        event -> {
          toggle.click().run();
          event.consume();
        });
    glyph.setMinSize(18, 18);
    glyph.setPrefSize(18, 18);
    glyph.setMaxSize(18, 18);
    glyph.relocate((WIDTH - 18) / 2, middle - 9);
    return glyph;
  }
}
