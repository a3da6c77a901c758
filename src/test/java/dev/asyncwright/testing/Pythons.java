package dev.asyncwright.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Python interpreters on this machine, found at run time: {@code python3} on the PATH and the
 * versions pyenv installed. Tests that need one skip when it is absent.
 */
public final class Pythons {

  private Pythons() {}

  /** The default {@code python3}, if there is one (found once per test JVM). */
  public static Optional<Interpreter> python3() {
    return Installed.PYTHON3;
  }

  private static Optional<Interpreter> findPython3() {
    return Optional.ofNullable(System.getenv("PATH")).stream()
        .flatMap(path -> Stream.of(path.split(java.io.File.pathSeparator)))
        .map(dir -> Path.of(dir, "python3"))
        .filter(Files::isExecutable)
        .findFirst()
        .flatMap(Pythons::describe);
  }

  /**
   * Every interpreter pyenv installed (3.x only), oldest first. Found once per test JVM: telling
   * each one's version runs it.
   */
  public static List<Interpreter> pyenv() {
    return Installed.PYENV;
  }

  /** Found on first use, by the JVM's class initialisation (once, thread-safe). */
  private static final class Installed {
    static final List<Interpreter> PYENV = List.copyOf(findPyenv());
    static final Optional<Interpreter> PYTHON3 = findPython3();
  }

  private static List<Interpreter> findPyenv() {
    String root = System.getenv("PYENV_ROOT");
    Path versions =
        root != null
            ? Path.of(root, "versions")
            : Path.of(System.getProperty("user.home"), ".pyenv", "versions");
    List<Interpreter> found = new ArrayList<>();
    if (!Files.isDirectory(versions)) {
      return found;
    }
    try (Stream<Path> dirs = Files.list(versions)) {
      dirs.map(dir -> dir.resolve("bin").resolve("python3"))
          .filter(Files::isExecutable)
          .map(Pythons::describe)
          .flatMap(Optional::stream)
          .forEach(found::add);
    } catch (IOException e) {
      return found;
    }
    found.sort(Comparator.comparingInt(Interpreter::minor));
    return found;
  }

  /** The newest pyenv interpreter at or above 3.{minMinor}, if any. */
  public static Optional<Interpreter> newest(int minMinor) {
    List<Interpreter> all = pyenv();
    return all.isEmpty() || all.get(all.size() - 1).minor() < minMinor
        ? Optional.empty()
        : Optional.of(all.get(all.size() - 1));
  }

  /** The pyenv interpreter of version 3.{minor}, if installed. */
  public static Optional<Interpreter> version(int minor) {
    return pyenv().stream().filter(python -> python.minor() == minor).findFirst();
  }

  private static Optional<Interpreter> describe(Path executable) {
    try {
      String out =
          run(
              executable,
              List.of(
                  "-c",
                  "import sys, sysconfig; print(sys.version_info[1]);"
                      + " print(sysconfig.get_paths()['stdlib'])"),
              "");
      String[] lines = out.strip().split("\n");
      if (lines.length != 2) {
        return Optional.empty();
      }
      return Optional.of(
          new Interpreter(executable, Integer.parseInt(lines[0].strip()), Path.of(lines[1])));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Runs an interpreter with arguments and standard input; returns standard output. */
  public static String run(Path executable, List<String> args, String stdin) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(args);
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException(executable + " did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return out;
  }

  /** A Python 3 interpreter: its executable, minor version, and standard library folder. */
  public record Interpreter(Path executable, int minor, Path stdlib) {

    /** Runs Python code with arguments and standard input; returns standard output. */
    public String runCode(String code, List<String> args, String stdin) throws IOException {
      List<String> all = new ArrayList<>();
      all.add("-c");
      all.add(code);
      all.addAll(args);
      return Pythons.run(executable, all, stdin);
    }

    @Override
    public String toString() {
      return "Python 3." + minor + " (" + executable + ")";
    }
  }
}
