package dev.asyncwright.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code gui} command's usage errors: told in words, exit 2, no window tried. */
class GuiCommandTest {

  @Test
  void theUnattendedModesNeedAFolder() {
    assertEquals(2, new CommandLine(new GuiCommand()).execute("--snapshot", "x.png"));
    assertEquals(2, new CommandLine(new GuiCommand()).execute("--benchmark"));
  }

  @Test
  void aMissingFolderOrABadSizeIsRefused(@TempDir Path dir) {
    assertEquals(2, new CommandLine(new GuiCommand()).execute(dir.resolve("nothing").toString()));
    assertEquals(2, new CommandLine(new GuiCommand()).execute("--size", "big", dir.toString()));
  }
}
