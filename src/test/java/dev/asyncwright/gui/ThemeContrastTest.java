package dev.asyncwright.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text colour of the window's light and dark themes reaches WCAG AA contrast (4.5:1) on each
 * background it is drawn on: the code's colours on the plain, removed, added, focused and problem
 * lines, the line numbers on their gutter, the tree's counts, badges and locations on its white,
 * the captions on the panels' grey, the status bar's text on its bar.
 */
class ThemeContrastTest {

  /** Modena's panel background, behind labels without a background of their own. */
  private static final String PANEL = "#f4f4f4";

  private static final String WHITE = "#ffffff";

  @Test
  void everyTextColourOfTheLightThemeReachesAaOnItsBackgrounds() throws IOException {
    Map<String, String> css = declarations("asyncwright.css");
    assertTrue(failures(css, WHITE, PANEL, WHITE).isEmpty(), failures(css, WHITE, PANEL, WHITE));
  }

  @Test
  void everyTextColourOfTheDarkThemeReachesAaOnItsBackgrounds() throws IOException {
    Map<String, String> css = declarations("asyncwright.css", "dark.css");
    String tree = css.get(".root|-fx-control-inner-background");
    String panel = css.get(".root|-fx-background");
    String code = css.get(".code-area|-fx-background-color");
    String failures = failures(css, tree, panel, code);
    assertTrue(failures.isEmpty(), failures);
    // the dark theme draws the code's plain text itself (the light one leaves it black)
    assertTrue(contrast(css.get(".code-area .text|-fx-fill"), code) >= 4.5);
  }

  /** What falls short in a theme, one line each; empty when nothing does. */
  private static String failures(Map<String, String> css, String tree, String panel, String code) {
    List<String> failures = new ArrayList<>();
    List<String> codeBackgrounds =
        List.of(
            code,
            css.get(".code-area .removed-line|-fx-background-color"),
            css.get(".code-area .added-line|-fx-background-color"),
            css.get(".code-area .focus-line|-fx-background-color"),
            css.get(".code-area .problem-line|-fx-background-color"));
    for (String token :
        List.of("keyword", "constant", "string", "comment", "number", "definition", "decorator")) {
      for (String background : codeBackgrounds) {
        check(
            failures,
            ".code-area ." + token,
            css.get(".code-area ." + token + "|-fx-fill"),
            background);
      }
    }
    check(
        failures,
        ".code-area .lineno",
        css.get(".code-area .lineno|-fx-text-fill"),
        css.get(".code-area .lineno|-fx-background-color"));
    for (String label :
        List.of(
            ".count",
            ".location",
            ".badge-safe",
            ".badge-unsafe",
            ".badge-none",
            ".badge-problem")) {
      check(failures, label, css.get(label + "|-fx-text-fill"), tree);
    }
    for (String label :
        List.of(
            ".diff-subtitle",
            ".overview-figure-caption",
            ".overview-empty",
            ".welcome-tagline",
            ".pane-caption",
            ".rule-heading")) {
      check(failures, label, css.get(label + "|-fx-text-fill"), panel);
    }
    // the toggles on the diff's bands draw their own background
    for (String toggle : List.of(".diff-band-toggle", ".diff-band-toggle.accepted")) {
      check(
          failures,
          toggle,
          css.get(toggle + "|-fx-text-fill"),
          css.get(toggle + "|-fx-background-color"));
    }
    String bar = css.get(".status-bar|-fx-background-color");
    check(failures, ".status-bar .label", css.get(".status-bar .label|-fx-text-fill"), bar);
    check(
        failures,
        ".status-bar .separator-dot",
        css.get(".status-bar .separator-dot|-fx-text-fill"),
        bar);
    check(
        failures,
        ".banner .label",
        css.get(".banner .label|-fx-text-fill"),
        css.get(".banner|-fx-background-color"));
    return String.join("\n", failures);
  }

  private static void check(List<String> failures, String what, String text, String background) {
    if (text == null || background == null) {
      failures.add(what + ": colour not found in the stylesheet");
      return;
    }
    double ratio = contrast(text, background);
    if (ratio < 4.5) {
      failures.add(String.format("%s: %s on %s is %.2f:1", what, text, background, ratio));
    }
  }

  /** WCAG 2's contrast ratio of two #rrggbb colours. */
  static double contrast(String a, String b) {
    double first = luminance(a);
    double second = luminance(b);
    return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /**
   * The stylesheet's colour declarations as "selector|property" to #rrggbb, with the looked-up
   * colours ({@code -aw-safe}) of {@code .root} resolved.
   */
  private static Map<String, String> declarations(String... sheets) throws IOException {
    StringBuilder all = new StringBuilder();
    for (String sheet : sheets) {
      try (InputStream in = AsyncwrightApp.class.getResourceAsStream(sheet)) {
        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    }
    String text = all.toString().replaceAll("(?s)/\\*.*?\\*/", "");
    Map<String, String> colours = new HashMap<>();
    Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)\\}").matcher(text);
    Pattern declaration = Pattern.compile("(-[\\w-]+)\\s*:\\s*([^;]+);");
    Map<String, String> variables = new HashMap<>();
    while (rule.find()) {
      Matcher each = declaration.matcher(rule.group(2));
      while (each.find()) {
        String value = each.group(2).strip();
        for (String selector : rule.group(1).split(",")) {
          String name = selector.strip();
          if (name.equals(".root")) {
            variables.put(each.group(1), value);
          }
          colours.put(name + "|" + each.group(1), value);
        }
      }
    }
    colours.replaceAll((key, value) -> variables.getOrDefault(value, value));
    colours.values().removeIf(value -> !value.matches("#[0-9a-fA-F]{6}"));
    return colours;
  }
}
