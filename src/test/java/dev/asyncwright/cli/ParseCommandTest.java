package dev.asyncwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code asyncwright parse}: one line per failing file, a summary line, exit status 0, 1 or 2, run
 * through picocli as {@code Main} runs it.
 */
class ParseCommandTest {

  private static final Pattern SUMMARY =
      Pattern.compile(
          "parsed (\\d+) files, (\\d+) lines in (\\d+\\.\\d+) s \\((\\d+) lines/s\\): (\\d+) syntax"
              + " errors, (\\d+) round-trip mismatches");

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path temp;

  /** Valid files only: 5 {@code .py} files, 12 lines. */
  private Path clean;

  /** Valid files, 3 broken ones and files that are not Python: 8 {@code .py} files, 19 lines. */
  private Path mixed;

  @BeforeEach
  void makeTrees() throws IOException {
    clean = temp.resolve("clean");
    write(
        clean.resolve("good.py"),
        "import asyncio\n\n\nasync def main():\n    await asyncio.sleep(1)\n");
    write(clean.resolve("pkg/__init__.py"), "");
    write(clean.resolve("pkg/sub/deep.py"), "def f(x):\n    return f'{x!r:>10}'\n");
    write(clean.resolve("windows.py"), concat(BOM, utf8("import os\r\n\r\nprint(os.sep)\r\n")));
    write(
        clean.resolve("pkg/legacy.py"),
        "# -*- coding: latin-1 -*-\ns = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
    write(clean.resolve("README.txt"), "this ( is not Python\n");
    write(clean.resolve("pkg/cache.pyc"), new byte[] {0, 1, 2, (byte) 0xff});

    mixed = temp.resolve("mixed");
    write(
        mixed.resolve("good.py"),
        "import asyncio\n\n\nasync def main():\n    await asyncio.sleep(1)\n");
    write(mixed.resolve("pkg/__init__.py"), "");
    write(mixed.resolve("pkg/sub/deep.py"), "def f(x):\n    return f'{x!r:>10}'\n");
    write(mixed.resolve("windows.py"), concat(BOM, utf8("import os\r\n\r\nprint(os.sep)\r\n")));
    write(mixed.resolve("bad.py"), "a = 1\ny = = 2\n");
    write(mixed.resolve("pkg/sub/broken.py"), "x = 1\n\ndef f(:\n    pass\n");
    write(mixed.resolve("pkg/klingon.py"), "# coding: klingon-8\nx = 1\n");
    write(mixed.resolve("pkg/zz.py"), "x = 2\n");
    write(mixed.resolve("notes.txt"), "this ( is not Python\n");
    write(mixed.resolve("pkg/sub/also.pyw.txt"), "def (\n");
  }

  @Test
  void reportsNothingButTheSummaryForGoodFiles() {
    Run run = run("parse", clean.toString());
    assertEquals(0, run.status(), run::toString);
    assertEquals(1, run.outLines().size(), run::toString);
    Matcher summary = summary(run);
    assertEquals("5", summary.group(1), "files");
    assertEquals("12", summary.group(2), "lines");
    assertEquals("0", summary.group(5), "syntax errors");
    assertEquals("0", summary.group(6), "mismatches");
    assertEquals("", run.err(), run::toString);
  }

  @Test
  void reportsOneLinePerFailingFileAndExitsWithOne() {
    Run run = run("parse", mixed.toString());
    assertEquals(1, run.status(), run::toString);
    List<String> lines = run.outLines();
    assertEquals(
        List.of(
            mixed.resolve("bad.py") + ":2:5: syntax error: invalid syntax",
            mixed.resolve("pkg/klingon.py") + ":1:1: syntax error: unknown encoding: klingon-8"),
        lines.subList(0, 2),
        run::toString);
    String broken = mixed.resolve("pkg/sub/broken.py") + ":3:7: syntax error: ";
    assertTrue(lines.get(2).startsWith(broken), () -> "expected " + broken + "...\n" + run);
    assertTrue(lines.get(2).length() > broken.length(), "a message");
    assertEquals(4, lines.size(), run::toString);
    Matcher summary = summary(run);
    assertEquals("8", summary.group(1), "files");
    assertEquals("19", summary.group(2), "lines");
    assertEquals("3", summary.group(5), "syntax errors");
    assertEquals("0", summary.group(6), "mismatches");
  }

  @Test
  void namesFilesAsFoundUnderTheGivenPath() {
    Path relative = Path.of("").toAbsolutePath().relativize(mixed.toAbsolutePath());
    Run run = run("parse", relative.toString());
    assertEquals(1, run.status(), run::toString);
    assertEquals(
        relative.resolve("bad.py") + ":2:5: syntax error: invalid syntax",
        run.outLines().get(0),
        run::toString);

    Path roundabout = mixed.resolve("pkg").resolve("..");
    Run again = run("parse", roundabout.toString());
    assertEquals(
        roundabout.resolve("bad.py") + ":2:5: syntax error: invalid syntax",
        again.outLines().get(0),
        again::toString);
  }

  @Test
  void acceptsFilesAndSeveralPaths() {
    Run run =
        run(
            "parse",
            mixed.resolve("bad.py").toString(),
            clean.toString(),
            mixed.resolve("good.py").toString());
    assertEquals(1, run.status(), run::toString);
    assertEquals(
        List.of(mixed.resolve("bad.py") + ":2:5: syntax error: invalid syntax"),
        run.outLines().subList(0, run.outLines().size() - 1));
    Matcher summary = summary(run);
    assertEquals("7", summary.group(1), "files");
    assertEquals("1", summary.group(5), "syntax errors");
  }

  @Test
  void parsesOnOneThread() {
    Run many = run("parse", mixed.toString());
    Run one = run("parse", "--threads", "1", mixed.toString());
    assertEquals(1, one.status(), one::toString);
    List<String> manyLines = many.outLines();
    List<String> oneLines = one.outLines();
    assertEquals(
        manyLines.subList(0, manyLines.size() - 1), oneLines.subList(0, oneLines.size() - 1));
    Matcher summary = summary(one);
    assertEquals("8", summary.group(1));
    assertEquals("3", summary.group(5));

    Run clean1 = run("parse", "--threads", "1", clean.toString());
    assertEquals(0, clean1.status(), clean1::toString);
  }

  @Test
  void roundTripsGoodFilesExactly() {
    Run run = run("parse", "--roundtrip", clean.toString());
    assertEquals(0, run.status(), run::toString);
    assertEquals(1, run.outLines().size(), run::toString);
    Matcher summary = summary(run);
    assertEquals("5", summary.group(1));
    assertEquals("0", summary.group(5));
    assertEquals("0", summary.group(6));
  }

  @Test
  void roundTripStillReportsSyntaxErrors() {
    Run run = run("parse", "--roundtrip", "--threads", "2", mixed.toString());
    assertEquals(1, run.status(), run::toString);
    Matcher summary = summary(run);
    assertEquals("3", summary.group(5));
    assertEquals("0", summary.group(6));
  }

  @Test
  void anEmptyDirectoryIsFine() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    Run run = run("parse", empty.toString());
    assertEquals(0, run.status(), run::toString);
    Matcher summary = summary(run);
    assertEquals("0", summary.group(1));
    assertEquals("0", summary.group(2));
  }

  @Test
  void exitsWithTwoForAMissingPath() {
    Path missing = temp.resolve("no-such-dir");
    Run run = run("parse", clean.toString(), missing.toString());
    assertEquals(2, run.status(), run::toString);
    assertTrue(run.err().contains(missing.toString()), run::toString);
    assertTrue(run.outLines().isEmpty(), run::toString);
  }

  @Test
  void exitsWithTwoWithoutAPath() {
    Run run = run("parse");
    assertEquals(2, run.status(), run::toString);
    assertTrue(run.err().contains("PATH"), run::toString);
    assertTrue(run.outLines().isEmpty(), run::toString);
  }

  @Test
  void exitsWithTwoForAnUnknownOptionOrBadThreadCount() {
    assertEquals(2, run("parse", "--no-such-option", clean.toString()).status());
    assertEquals(2, run("parse", "--threads", "many", clean.toString()).status());
    Run zero = run("parse", "--threads", "0", clean.toString());
    assertEquals(2, zero.status(), zero::toString);
    assertTrue(zero.err().contains("--threads"), zero::toString);
  }

  @Test
  void printsTheVersion() {
    Run run = run("--version");
    assertEquals(0, run.status(), run::toString);
    assertEquals(List.of("asyncwright " + AsyncwrightCommand.version()), run.outLines());
    assertTrue(
        run.outLines().get(0).matches("asyncwright \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), run::toString);
  }

  @Test
  void everyCommandPrintsTheVersionItsHelpPromises() {
    for (String command : List.of("check", "parse", "rule")) {
      Run run = run(command, "-V");
      assertEquals(0, run.status(), run::toString);
      assertEquals(List.of("asyncwright " + AsyncwrightCommand.version()), run.outLines(), command);
    }
  }

  // ---- helpers ----

  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    @Override
    public String toString() {
      return "status " + status + "\n--- out:\n" + out + "--- err:\n" + err;
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = AsyncwrightCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int status = commandLine.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  private static Matcher summary(Run run) {
    List<String> lines = run.outLines();
    assertTrue(!lines.isEmpty(), run::toString);
    Matcher matcher = SUMMARY.matcher(lines.get(lines.size() - 1));
    assertTrue(matcher.matches(), () -> "the last line is not the summary:\n" + run);
    long lineCount = Long.parseLong(matcher.group(2));
    double seconds = Double.parseDouble(matcher.group(3));
    long rate = Long.parseLong(matcher.group(4));
    if (lineCount == 0) {
      assertEquals(0, rate, "lines/s with no lines");
    } else if (seconds > 0.05) {
      // the rate is worked out from the unrounded time; allow for the rounding to 0.01 s
      assertTrue(
          rate >= lineCount / (seconds + 0.005) - 1 && rate <= lineCount / (seconds - 0.005) + 1,
          () -> "inconsistent rate: " + run);
    }
    return matcher;
  }

  private static void write(Path file, String text) throws IOException {
    write(file, utf8(text));
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
