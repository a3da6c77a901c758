package dev.asyncwright.gui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.collections.ObservableList;
import javafx.scene.control.Dialog;

/**
 * The window's look: light, or dark when the desktop prefers dark (or the user chose it in View >
 * Theme). Every scene and dialog takes its stylesheets from here, so that a dialog opened in the
 * dark theme is dark too.
 */
enum Theme {
  SYSTEM("As the desktop"),
  LIGHT("Light"),
  DARK("Dark");

  private final String label;

  Theme(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** Whether the desktop prefers dark, as found before the window opened (see {@link #probe}). */
  static volatile boolean desktopPrefersDark;

  /** Whether the dark stylesheet is on now. */
  private static volatile boolean darkNow;

  static Theme named(String name) {
    for (Theme theme : values()) {
      if (theme.name().equalsIgnoreCase(name)) {
        return theme;
      }
    }
    return SYSTEM;
  }

  boolean isDark() {
    return this == DARK || (this == SYSTEM && desktopPrefersDark);
  }

  /** Puts this theme's stylesheets in a scene's or dialog pane's list. */
  void applyTo(ObservableList<String> stylesheets) {
    darkNow = isDark();
    stylesheets.setAll(sheets(darkNow));
  }

  /** Gives a dialog the stylesheets of the theme on now. */
  static void style(Dialog<?> dialog) {
    dialog.getDialogPane().getStylesheets().setAll(sheets(darkNow));
  }

  private static List<String> sheets(boolean dark) {
    String base = Theme.class.getResource("asyncwright.css").toExternalForm();
    return dark
        ? List.of(base, Theme.class.getResource("dark.css").toExternalForm())
        : List.of(base);
  }

  /**
   * Whether the desktop prefers a dark look: {@code GTK_THEME} names a dark variant, or GNOME's
   * {@code color-scheme} (or GTK theme) setting says dark. Asked once, before the window opens:
   * {@code gsettings} is the desktop's own command (found in PATH's absolute folders only, never
   * the scanned repository's), and is given two seconds.
   */
  static boolean probe(Map<String, String> environment) {
    String gtk = environment.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
    if (!gtk.isEmpty()) {
      return gtk.endsWith(":dark") || gtk.endsWith("-dark");
    }
    String scheme = gsettings("color-scheme");
    if (scheme.contains("prefer-dark")) {
      return true;
    }
    return !scheme.contains("prefer-light") && gsettings("gtk-theme").contains("dark");
  }

  /**
   * The desktop's {@code gsettings}, from the absolute folders of {@code PATH} only: a relative
   * entry ({@code .}) would find a program of the folder the window was started in, which may be
   * the repository under review.
   */
  static java.util.Optional<java.nio.file.Path> gsettingsProgram(String path) {
    if (path == null) {
      return java.util.Optional.empty();
    }
    for (String folder : path.split(java.io.File.pathSeparator)) {
      if (folder.isEmpty() || !java.nio.file.Path.of(folder).isAbsolute()) {
        continue;
      }
      java.nio.file.Path program = java.nio.file.Path.of(folder, "gsettings");
      if (java.nio.file.Files.isExecutable(program)) {
        return java.util.Optional.of(program);
      }
    }
    return java.util.Optional.empty();
  }

  private static String gsettings(String key) {
    java.util.Optional<java.nio.file.Path> program = gsettingsProgram(System.getenv("PATH"));
    if (program.isEmpty()) {
      return "";
    }
    try {
      Process process =
          new ProcessBuilder(program.get().toString(), "get", "org.gnome.desktop.interface", key)
              .redirectErrorStream(true)
              .start();
      process.getOutputStream().close();
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "";
      }
      try (InputStream out = process.getInputStream()) {
        return new String(out.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      }
    } catch (IOException e) {
      return ""; // no gsettings: no preference known
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
