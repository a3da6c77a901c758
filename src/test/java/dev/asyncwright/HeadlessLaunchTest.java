package dev.asyncwright;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as a newcomer meets it on a machine without a display: no argument (the window), run
 * in a JVM of its own as {@code java -jar} runs it, with JavaFX's real platform rather than the
 * tests' Monocle. It must say what to run instead and fail, never print a stack trace.
 */
@EnabledOnOs(OS.LINUX)
class HeadlessLaunchTest {

  private record Exit(int status, String err) {}

  private static Exit launch(Map<String, String> display, Path dir, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp",
                System.getProperty("java.class.path"),
                // the window's settings and JavaFX's cache stay in the test's folder
                "-Duser.home=" + dir,
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
                Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("DISPLAY");
    builder.environment().remove("WAYLAND_DISPLAY");
    builder.environment().putAll(display);
    Path err = dir.resolve("err.txt");
    builder.redirectErrorStream(false).redirectOutput(dir.resolve("out.txt").toFile());
    builder.redirectError(err.toFile());
    Process process = builder.start();
    // a guard against a hang only: the launcher answers in seconds
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the launcher did not end");
    return new Exit(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static void assertSaysWhatToRunInstead(Exit exit) {
    assertNotEquals(0, exit.status(), exit::toString);
    assertTrue(exit.err().contains("asyncwright: cannot open the window: "), exit::toString);
    assertTrue(exit.err().contains(" check PATH\n"), exit::toString);
    assertTrue(exit.err().contains(" check --sample\n"), exit::toString);
    assertFalse(exit.err().contains("Exception"), exit::toString);
    assertFalse(exit.err().contains("\tat "), exit::toString);
  }

  @Test
  void withoutADisplayTheWindowSaysWhatToRunInstead(@TempDir Path dir) throws Exception {
    Exit exit = launch(Map.of(), dir);
    assertSaysWhatToRunInstead(exit);
    assertTrue(exit.err().contains("neither DISPLAY nor WAYLAND_DISPLAY is set"), exit::toString);
    assertSaysWhatToRunInstead(launch(Map.of("DISPLAY", ""), dir, "gui", "--sample"));
  }

  @Test
  void aDisplayJavaFxCannotOpenIsToldTheSameWay(@TempDir Path dir) throws Exception {
    // no X server answers there: JavaFX itself fails to start (or finds no GTK first)
    Exit exit = launch(Map.of("DISPLAY", ":4719"), dir, "gui", "--sample");
    assertSaysWhatToRunInstead(exit);
    assertTrue(exit.err().contains("JavaFX did not start ("), exit::toString);
    try (var left = Files.list(dir.resolve("tmp"))) {
      // the copy of the sample made for the window is not left behind
      List<Path> copies =
          left.filter(p -> p.getFileName().toString().startsWith("asyncwright-sample-")).toList();
      assertTrue(copies.isEmpty(), copies::toString);
    }
  }
}
