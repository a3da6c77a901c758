package dev.asyncwright.gui;

import dev.asyncwright.gui.model.FindingItem;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * The marks that say how far a fix may be trusted: a glyph from icons/ (its own shape and colour)
 * and a word beside it, so that neither colour nor shape alone carries the meaning.
 */
final class Badges {

  private static final Image SAFE = glyph("safe");
  private static final Image UNSAFE = glyph("unsafe");
  private static final Image ADVICE = glyph("advice-only");
  private static final Image PROBLEM = glyph("syntax-error");

  private Badges() {}

  /**
   * The finding's mark: safe, unsafe, advice only (its rule never fixes), or no fix (its rule's fix
   * is withheld here, for the reason the tooltip gives), the words the CLI uses.
   */
  static Label of(FindingItem item) {
    return switch (item.kind()) {
      case SAFE -> badge(SAFE, "safe", "badge-safe", "A safe fix: behaviour stays the same");
      case UNSAFE ->
          badge(UNSAFE, "unsafe", "badge-unsafe", "An unsafe fix: it changes behaviour; review it");
      case NONE ->
          item.withheld() == null
              ? badge(
                  ADVICE,
                  "advice only",
                  "badge-none",
                  "Advice only: no automatic fix, this needs a person's judgement")
              : badge(
                  ADVICE, "no fix", "badge-none", CodeSpans.plain("No fix: " + item.withheld()));
    };
  }

  static Label problem() {
    return badge(PROBLEM, "error", "badge-problem", "This file could not be checked");
  }

  /** The application icon in every size the window manager may want. */
  static List<Image> applicationIcons() {
    return List.of(16, 32, 48, 64, 128, 256).stream().map(Badges::applicationIcon).toList();
  }

  /** The application icon at one of its rendered sizes (16 to 512 pixels). */
  static Image applicationIcon(int size) {
    return image("asyncwright-" + size + ".png");
  }

  private static Label badge(Image glyph, String text, String styleClass, String tip) {
    Label label = new Label(text, new ImageView(glyph));
    label.getStyleClass().addAll("badge", styleClass);
    label.setTooltip(new Tooltip(tip));
    return label;
  }

  private static Image glyph(String name) {
    // JavaFX picks the @2x file by itself on a high-density screen
    return image("glyphs/" + name + ".png");
  }

  private static Image image(String name) {
    return new Image(Badges.class.getResource("icons/" + name).toExternalForm());
  }
}
