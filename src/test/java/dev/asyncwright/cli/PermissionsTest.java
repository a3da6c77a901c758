package dev.asyncwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user without the rights meets: unreadable folders and files, files and folders they may
 * not write, a repository someone else owns. Run as {@code nobody} (through {@code setpriv}) when
 * the tests run as root, who may read and write anything; as the user running the tests otherwise.
 * The command runs in its own JVM, as a user runs it.
 */
class PermissionsTest {

  private static final String SLEEPY =
      "import asyncio\nimport time\n\n\nasync def main():\n    time.sleep(1)\n"
          + "    await asyncio.sleep(0)\n    return time.monotonic()\n";

  @TempDir static Path shared;
  private static String classpath;
  private static boolean asNobody;

  @TempDir Path dir;

  /**
   * A class path the other user can read: the entries under /root cannot be, so the jars are linked
   * (or copied) next to the test's files.
   */
  @BeforeAll
  static void classpathForAnotherUser() throws Exception {
    asNobody = isRoot() && new File("/usr/bin/setpriv").canExecute();
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isRegularFile(path)) {
        Path copy = shared.resolve(n++ + "-" + path.getFileName());
        try {
          Files.createLink(copy, path);
        } catch (IOException | UnsupportedOperationException otherDisk) {
          Files.copy(path, copy);
        }
        entries.add(copy.toString());
      } else {
        entries.add(entry); // target/classes, readable by all
      }
    }
    classpath = String.join(File.pathSeparator, entries);
  }

  private static boolean isRoot() {
    try {
      Process id = new ProcessBuilder("id", "-u").start();
      return new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
          .strip()
          .equals("0");
    } catch (IOException e) {
      return false;
    }
  }

  private record Run(int status, String out, String err) {}

  private Run check(Object... args) throws Exception {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> command = new ArrayList<>();
    if (asNobody) {
      command.addAll(
          List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", classpath, "dev.asyncwright.Main", "check"));
    for (Object arg : args) {
      command.add(arg.toString());
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("HOME", shared.toString());
    Path out = Files.createTempFile(shared, "out", ".txt");
    Path err = Files.createTempFile(shared, "err", ".txt");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-rw-"));
    Files.setPosixFilePermissions(err, PosixFilePermissions.fromString("rw-rw-rw-"));
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int status = process.waitFor();
    return new Run(status, Files.readString(out), Files.readString(err));
  }

  /** A file or folder as the other user sees it: theirs to use only as the mode says. */
  private static void mode(Path path, String mode) throws IOException {
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
  }

  @Test
  void anUnreadableFolderIsAFindingAndTheRestIsChecked() throws Exception {
    Files.writeString(dir.resolve("ok.py"), SLEEPY);
    Path secret = Files.createDirectories(dir.resolve("secret"));
    Files.writeString(secret.resolve("hidden.py"), SLEEPY);
    mode(dir.resolve("ok.py"), "rw-r--r--");
    mode(secret, "---------");
    try {
      Run run = check(dir);
      assertEquals(1, run.status(), run::toString);
      assertTrue(
          run.out().contains("secret:1:1: AW001 a folder that cannot be read (permission denied)"),
          run::toString);
      assertTrue(run.out().contains("ok.py:6:5: AW101"), run::toString);
    } finally {
      mode(secret, "rwxr-xr-x");
    }
  }

  @Test
  void anUnreadableFileIsAFindingThatSaysWhy() throws Exception {
    Path locked = Files.writeString(dir.resolve("locked.py"), SLEEPY);
    mode(locked, "---------");
    Run run = check(locked);
    assertEquals(1, run.status(), run::toString);
    assertTrue(run.out().contains("AW001 cannot read the file: permission denied"), run::toString);
  }

  @Test
  void filesThatMayNotBeWrittenAreLeftAsTheyWereAndSaidSo() throws Exception {
    Path readOnly = Files.writeString(dir.resolve("read_only.py"), SLEEPY);
    mode(readOnly, "r--r--r--");
    Run run = check("--fix", "--unsafe-fixes", readOnly);
    assertTrue(run.err().contains("read_only.py: is read-only; not written"), run::toString);
    assertEquals(SLEEPY, Files.readString(readOnly));
    assertEquals(1, run.status(), "its finding stays: " + run);
  }

  @Test
  void aFileInAFolderThatMayNotBeWrittenIsLeftAsItWas() throws Exception {
    assumeTrue(asNobody, "needs a file the user may write in a folder they may not");
    Path folder = Files.createDirectories(dir.resolve("pkg"));
    Path file = Files.writeString(folder.resolve("app.py"), SLEEPY);
    mode(file, "rw-rw-rw-");
    mode(folder, "r-xr-xr-x");
    try {
      Run run = check("--fix", "--unsafe-fixes", file);
      assertTrue(run.err().contains("app.py: cannot be written ("), run::toString);
      assertTrue(run.err().contains("left as it was"), run::toString);
      assertEquals(SLEEPY, Files.readString(file));
      try (var left = Files.list(folder)) {
        assertEquals(List.of(file), left.toList(), "no temporary file left");
      }
    } finally {
      mode(folder, "rwxr-xr-x");
    }
  }

  @Test
  void aRepositoryAnotherUserOwnsIsRefusedAndNothingIsWritten() throws Exception {
    assumeTrue(asNobody, "needs a repository that another user owns");
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      Path app = Files.writeString(dir.resolve("app.py"), SLEEPY);
      mode(app, "rw-rw-rw-");
      Run run = check("--fix", "--unsafe-fixes", "--commit", dir);
      assertEquals(2, run.status(), run::toString);
      assertTrue(run.err().contains("dubious ownership"), run::toString);
      assertEquals(SLEEPY, Files.readString(app));
    }
  }
}
