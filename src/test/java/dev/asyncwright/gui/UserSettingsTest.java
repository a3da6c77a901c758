package dev.asyncwright.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.gui.model.UserSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the window remembers: the recent repositories, newest first, each once, eight at most. */
class UserSettingsTest {

  private static final String NODE = "dev/asyncwright-settings-test";

  @BeforeEach
  void separateNode() throws Exception {
    System.setProperty("asyncwright.preferences", NODE);
    Preferences.userRoot().node(NODE).removeNode();
  }

  @AfterEach
  void removeNode() throws Exception {
    Preferences.userRoot().node(NODE).removeNode();
  }

  @Test
  void recentRepositoriesAreNewestFirstWithoutRepeatsAndAtMostEight() {
    UserSettings settings = UserSettings.load();
    for (int i = 0; i < 10; i++) {
      settings.addRecentRepository(Path.of("/repos/r" + i));
    }
    settings.addRecentRepository(Path.of("/repos/r5"));
    List<Path> recent = UserSettings.load().recentRepositories();
    assertEquals(8, recent.size());
    assertEquals(Path.of("/repos/r5"), recent.get(0));
    assertEquals(Path.of("/repos/r9"), recent.get(1));
    assertEquals(1, recent.stream().filter(Path.of("/repos/r5")::equals).count());
  }

  @Test
  void numbersAndFlagsComeBackOrFallBack() {
    UserSettings settings = UserSettings.load();
    assertEquals(0.3, settings.number("split.tree", 0.3));
    settings.setNumber("split.tree", 0.42);
    settings.setFlag("unsafe", false);
    assertEquals(0.42, UserSettings.load().number("split.tree", 0.3));
    assertEquals(false, UserSettings.load().flag("unsafe", true));
  }
}
