package dev.asyncwright.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gui}: opens the window (what running Asyncwright with no command does). */
@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    description = "Open the window, on a repository if one is given.")
public final class GuiCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "PATH", description = "The repository to open.")
  private Path path;

  @Option(
      names = "--snapshot",
      paramLabel = "FILE.png",
      description =
          "Open PATH, wait for the scan, select the first finding, write a PNG of the window to"
              + " FILE.png and exit.")
  private Path snapshot;

  @Option(
      names = "--size",
      paramLabel = "WxH",
      description = "The window's size in pixels (default: as last time, else 1400x900).")
  private String size;

  @Option(
      names = "--select",
      paramLabel = "TEXT",
      description =
          "With --snapshot: select the first finding that matches TEXT (a code, rule, path or"
              + " text) instead of the first one.")
  private String select;

  @Option(
      names = "--benchmark",
      description =
          "Open PATH, print the seconds to the first finding and to the scan's end, and exit.")
  private boolean benchmark;

  @Override
  public Integer call() {
    if ((snapshot != null || benchmark) && path == null) {
      System.err.println("asyncwright gui: --snapshot and --benchmark need a PATH to open");
      return 2;
    }
    if (path != null && !Files.isDirectory(path)) {
      System.err.println("asyncwright gui: no such folder: " + path);
      return 2;
    }
    int[] dimensions = null;
    if (size != null) {
      String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
      try {
        dimensions = new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
      } catch (RuntimeException e) {
        System.err.println("asyncwright gui: --size wants WIDTHxHEIGHT, such as 1600x1000");
        return 2;
      }
    }
    if (noDisplay()) {
      System.err.println(
          "asyncwright gui: no display to open a window on (DISPLAY is not set). Use `asyncwright"
              + " check` here, or run the window under xvfb-run.");
      return 2;
    }
    AsyncwrightApp.options =
        new AsyncwrightApp.Options(path, snapshot, dimensions, benchmark, select);
    try {
      Application.launch(AsyncwrightApp.class);
    } catch (RuntimeException e) {
      System.err.println("asyncwright gui: the window cannot start: " + e.getMessage());
      return 2;
    }
    return AsyncwrightApp.exitStatus;
  }

  /**
   * Whether this is Linux (or another X11 system) without a display: JavaFX would fail there with a
   * stack trace. Not asked under Monocle, JavaFX's headless platform.
   */
  private static boolean noDisplay() {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    boolean x11 = !os.contains("win") && !os.contains("mac");
    return x11
        && !"Monocle".equals(System.getProperty("glass.platform"))
        && System.getenv("DISPLAY") == null
        && System.getenv("WAYLAND_DISPLAY") == null;
  }
}
