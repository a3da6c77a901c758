package dev.asyncwright.gui;

import dev.asyncwright.gui.model.SampleProject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.application.Application;
import org.eclipse.jgit.api.errors.GitAPIException;
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

  @Option(
      names = "--sample",
      description =
          "Open the window on a fresh copy of the bundled sample project (a temporary Git"
              + " repository), as its \"Open the sample project\" does.")
  private boolean sample;

  @Override
  public Integer call() {
    if (sample && path != null) {
      System.err.println("asyncwright gui: --sample opens the bundled sample; give it no PATH");
      return 2;
    }
    if ((snapshot != null || benchmark) && path == null && !sample) {
      System.err.println("asyncwright gui: --snapshot and --benchmark need a PATH to open");
      return 2;
    }
    if (path != null && !Files.isDirectory(path)) {
      System.err.println(
          "asyncwright gui: "
              + (Files.exists(path) ? "not a folder (a file): " : "no such folder: ")
              + path);
      return 2;
    }
    int[] dimensions = null;
    if (size != null) {
      String[] parts = size.toLowerCase(Locale.ROOT).split("x");
      try {
        dimensions = new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
      } catch (RuntimeException e) {
        System.err.println("asyncwright gui: --size wants WIDTHxHEIGHT, such as 1600x1000");
        return 2;
      }
    }
    Optional<String> noDisplay =
        noDisplay(
            System.getProperty("os.name", ""),
            System.getenv(),
            System.getProperty("glass.platform"));
    if (noDisplay.isPresent()) {
      System.err.print(withoutWindow(noDisplay.get(), launcher()));
      return 2;
    }
    if (sample) {
      try {
        path = SampleProject.create();
      } catch (IOException | GitAPIException | RuntimeException e) {
        System.err.println("asyncwright gui: cannot make the sample project: " + e.getMessage());
        return 2;
      }
    }
    AsyncwrightApp.options =
        new AsyncwrightApp.Options(path, snapshot, dimensions, benchmark, select);
    Theme.desktopPrefersDark = Theme.probe(System.getenv());
    try {
      Application.launch(AsyncwrightApp.class);
    } catch (RuntimeException | LinkageError e) {
      // JavaFX found no display it can use, or no GTK: say what works instead, not a stack trace
      System.err.print(withoutWindow(reason(e), launcher()));
      if (sample) {
        deleteQuietly(path.getParent()); // the temporary folder of a copy nobody will see
      }
      return 2;
    }
    return AsyncwrightApp.exitStatus;
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | RuntimeException e) {
      // a temporary folder: the system cleans it up in time
    }
  }

  /**
   * Why there is no display to open a window on, on Linux (or another X11 system) where neither
   * {@code DISPLAY} nor {@code WAYLAND_DISPLAY} is set (or either is empty): JavaFX would fail
   * there. Not asked under Monocle, JavaFX's headless platform, nor on Windows and macOS.
   */
  static Optional<String> noDisplay(String os, Map<String, String> env, String glassPlatform) {
    String name = os.toLowerCase(Locale.ROOT);
    boolean x11 = !name.contains("win") && !name.contains("mac");
    if (!x11 || "Monocle".equals(glassPlatform)) {
      return Optional.empty();
    }
    boolean display = !env.getOrDefault("DISPLAY", "").isBlank();
    boolean wayland = !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    return display || wayland
        ? Optional.empty()
        : Optional.of("there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)");
  }

  /**
   * What to say when the window cannot open: why, and the commands that work without one, spelled
   * as this program was started ({@code java -jar target/asyncwright.jar}, {@code asyncwright}).
   */
  static String withoutWindow(String why, String launcher) {
    StringBuilder text = new StringBuilder();
    text.append("asyncwright: cannot open the window: ").append(why).append(".\n");
    if (why.contains("GTK")) {
      text.append("The window needs GTK 3 (on Debian or Ubuntu: sudo apt install libgtk-3-0).\n");
    }
    text.append("Without a window, check a project from the command line:\n")
        .append("  ")
        .append(launcher)
        .append(" check PATH\n")
        .append("or try it on a fresh copy of the bundled sample project:\n")
        .append("  ")
        .append(launcher)
        .append(" check --sample\n")
        .append("(`xvfb-run -a ")
        .append(launcher)
        .append("` runs the window on a virtual display.)\n");
    return text.toString();
  }

  /** JavaFX's own words for why it did not start ("Unable to open DISPLAY"). */
  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    return "JavaFX did not start (" + message.strip().replaceAll("\\.$", "") + ")";
  }

  /**
   * How this program was started, for the commands it suggests: the installed launcher's name, or
   * {@code java -jar JAR} (relative to the working folder when inside it), else {@code
   * asyncwright}.
   */
  static String launcher() {
    String app = System.getProperty("jpackage.app-path");
    if (app != null && !app.isBlank()) {
      return Path.of(app).getFileName().toString();
    }
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
      Path jar = Path.of(classPath).toAbsolutePath().normalize();
      Path here = Path.of("").toAbsolutePath();
      return "java -jar " + (jar.startsWith(here) ? here.relativize(jar) : jar);
    }
    return "asyncwright";
  }
}
