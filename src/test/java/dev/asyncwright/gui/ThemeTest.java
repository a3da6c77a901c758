package dev.asyncwright.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which theme the window takes: the user's choice, else what the desktop prefers. */
class ThemeTest {

  @Test
  void aDarkGtkThemeIsTheDesktopsPreferenceAndAnotherIsNot() {
    assertTrue(Theme.probe(Map.of("GTK_THEME", "Adwaita:dark")));
    assertTrue(Theme.probe(Map.of("GTK_THEME", "Arc-Dark")));
    assertFalse(Theme.probe(Map.of("GTK_THEME", "Adwaita")));
  }

  @Test
  void gsettingsIsLookedForInAbsoluteFoldersOnlyNeverInTheFolderTheWindowStartedIn(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path absolute) throws Exception {
    java.nio.file.Path here = java.nio.file.Path.of("target", "theme-test-bin");
    java.nio.file.Files.createDirectories(here);
    for (java.nio.file.Path folder : java.util.List.of(here, absolute)) {
      java.nio.file.Path program = folder.resolve("gsettings");
      java.nio.file.Files.writeString(program, "#!/bin/sh\necho prefer-dark\n");
      program.toFile().setExecutable(true);
    }
    String relativeOnly = here.toString();
    assertEquals(java.util.Optional.empty(), Theme.gsettingsProgram(relativeOnly));
    assertEquals(
        java.util.Optional.of(absolute.resolve("gsettings")),
        Theme.gsettingsProgram(relativeOnly + java.io.File.pathSeparator + absolute));
  }

  @Test
  void theUsersChoiceWinsOverTheDesktopAndAnUnknownNameMeansTheDesktop() {
    boolean was = Theme.desktopPrefersDark;
    try {
      Theme.desktopPrefersDark = true;
      assertTrue(Theme.SYSTEM.isDark());
      assertFalse(Theme.LIGHT.isDark());
      Theme.desktopPrefersDark = false;
      assertFalse(Theme.SYSTEM.isDark());
      assertTrue(Theme.DARK.isDark());
      assertEquals(Theme.SYSTEM, Theme.named("purple"));
      assertEquals(Theme.DARK, Theme.named("dark"));
    } finally {
      Theme.desktopPrefersDark = was;
    }
  }
}
