package dev.asyncwright.gui;

import dev.asyncwright.gui.model.FixKind;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The small coloured labels that say how far a fix may be trusted. */
final class Badges {

  private Badges() {}

  static Label of(FixKind kind) {
    return switch (kind) {
      case SAFE -> badge("SAFE", "badge-safe", "A safe fix: behaviour stays the same");
      case UNSAFE ->
          badge("UNSAFE", "badge-unsafe", "An unsafe fix: it changes behaviour; review it");
      case NONE -> badge("NO FIX", "badge-none", "No automatic fix: the advice is to act by hand");
    };
  }

  static Label problem() {
    return badge("ERROR", "badge-problem", "This file could not be checked");
  }

  private static Label badge(String text, String styleClass, String tip) {
    Label label = new Label(text);
    label.getStyleClass().addAll("badge", styleClass);
    label.setTooltip(new Tooltip(tip));
    label.setMinWidth(52);
    return label;
  }
}
