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
