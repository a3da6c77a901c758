package dev.asyncwright.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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

  @Test
  void aFileIsNotTakenForAMissingFolder(@TempDir Path dir) throws Exception {
    Path notes = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "todo\n");
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream was = System.err;
    System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertEquals(2, new CommandLine(new GuiCommand()).execute(notes.toString()));
    } finally {
      System.setErr(was);
    }
    String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(said.contains("not a folder (a file): " + notes), said);
  }

  @Test
  void theSampleTakesNoFolder(@TempDir Path dir) {
    assertEquals(2, new CommandLine(new GuiCommand()).execute("--sample", dir.toString()));
  }

  @Test
  void linuxWithoutDisplayOrWaylandHasNoDisplayAndAnEmptyOneCountsAsNone() {
    assertEquals(
        Optional.of("there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)"),
        GuiCommand.noDisplay("Linux", Map.of(), null));
    assertTrue(GuiCommand.noDisplay("Linux", Map.of("DISPLAY", ""), null).isPresent());
    assertTrue(GuiCommand.noDisplay("FreeBSD", Map.of("HOME", "/root"), null).isPresent());
    assertFalse(GuiCommand.noDisplay("Linux", Map.of("DISPLAY", ":0"), null).isPresent());
    assertFalse(
        GuiCommand.noDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null).isPresent());
    // Windows and macOS have no such variables; Monocle needs no display
    assertFalse(GuiCommand.noDisplay("Windows 11", Map.of(), null).isPresent());
    assertFalse(GuiCommand.noDisplay("Mac OS X", Map.of(), null).isPresent());
    assertFalse(GuiCommand.noDisplay("Linux", Map.of(), "Monocle").isPresent());
  }

  @Test
  void withoutAWindowTheMessageSaysWhatToRunInstead() {
    assertEquals(
        "asyncwright: cannot open the window: there is no display.\n"
            + "Without a window, check a project from the command line:\n"
            + "  java -jar target/asyncwright.jar check PATH\n"
            + "or try it on a fresh copy of the bundled sample project:\n"
            + "  java -jar target/asyncwright.jar check --sample\n"
            + "(`xvfb-run -a java -jar target/asyncwright.jar` runs the window on a virtual"
            + " display.)\n",
        GuiCommand.withoutWindow("there is no display", "java -jar target/asyncwright.jar"));
    String gtk =
        GuiCommand.withoutWindow(
            "JavaFX did not start (Unable to load glass GTK library)", "asyncwright");
    assertTrue(gtk.contains("sudo apt install libgtk-3-0"), gtk);
    assertTrue(gtk.contains("  asyncwright check --sample\n"), gtk);
  }
}
