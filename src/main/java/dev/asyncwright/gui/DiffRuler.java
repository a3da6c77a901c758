package dev.asyncwright.gui;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The overview ruler beside one side of the diff: the whole file's height, a mark where each block
 * of change lies (coloured as its band), and the part on screen; a click shows that part of the
 * file.
 */
final class DiffRuler extends Pane {

  static final double WIDTH = 12;

  /** A mark: lines [start, end) of the side, in the colour of that style class. */
  record Mark(int start, int end, String styleClass) {}

  private int lines;

  DiffRuler(String id, IntConsumer show) {
    setId(id);
    getStyleClass().add("diff-ruler");
    setMinWidth(WIDTH);
    setPrefWidth(WIDTH);
    setMaxWidth(WIDTH);
    setOnMouseClicked(
        event -> {
          if (lines > 0 && getHeight() > 0) {
            show.accept((int) Math.min(lines - 1, event.getY() / getHeight() * lines));
          }
        });
  }

  /** Marks a side of {@code lines} lines, of which [firstVisible, lastVisible] are on screen. */
  void show(int lines, List<Mark> marks, int firstVisible, int lastVisible) {
    this.lines = lines;
    getChildren().clear();
    double height = getHeight();
    if (lines <= 0 || height <= 0) {
      return;
    }
    double perLine = height / lines;
    Rectangle view =
        new Rectangle(
            0,
            firstVisible * perLine,
            WIDTH,
            Math.max(2, (lastVisible - firstVisible + 1) * perLine));
    view.getStyleClass().add("diff-ruler-view");
    getChildren().add(view);
    for (Mark mark : marks) {
      Rectangle shape =
          new Rectangle(
              2,
              mark.start() * perLine,
              WIDTH - 4,
              Math.max(2, (mark.end() - mark.start()) * perLine));
      shape.getStyleClass().addAll("diff-mark", mark.styleClass());
      getChildren().add(shape);
    }
  }
}
