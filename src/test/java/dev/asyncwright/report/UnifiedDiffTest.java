package dev.asyncwright.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link UnifiedDiff}: hand-made cases, then random texts compared with GNU {@code diff -u} and
 * applied with {@code patch} where those are installed.
 */
class UnifiedDiffTest {

  private static final Path DIFF = Path.of("/usr/bin/diff");
  private static final Path PATCH = Path.of("/usr/bin/patch");

  @TempDir Path temp;

  @Test
  void equalTextsGiveNothing() {
    assertEquals("", UnifiedDiff.of("x.py", "a\nb\n", "a\nb\n"));
    assertEquals("", UnifiedDiff.of("x.py", "", ""));
  }

  @Test
  void aChangeInTheMiddleHasThreeLinesOfContext() {
    String before = lines(1, 10);
    String after = before.replace("5\n", "five\n");
    assertEquals(
        "--- a/x.py\n+++ b/x.py\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n",
        UnifiedDiff.of("x.py", before, after));
  }

  @Test
  void anInsertionAtTheStart() {
    String before = lines(1, 5);
    assertEquals(
        "--- a/x.py\n+++ b/x.py\n@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n",
        UnifiedDiff.of("x.py", before, "0\n" + before));
  }

  @Test
  void aDeletionAtTheEnd() {
    assertEquals(
        "--- a/x.py\n+++ b/x.py\n@@ -2,4 +2,3 @@\n 2\n 3\n 4\n-5\n",
        UnifiedDiff.of("x.py", lines(1, 5), lines(1, 4)));
  }

  @Test
  void fromAndToAnEmptyFile() {
    assertEquals(
        "--- a/x.py\n+++ b/x.py\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.of("x.py", "", "a\nb\n"));
    assertEquals("--- a/x.py\n+++ b/x.py\n@@ -1 +0,0 @@\n-a\n", UnifiedDiff.of("x.py", "a\n", ""));
  }

  @Test
  void aMissingFinalNewlineIsMarked() {
    assertEquals(
        "--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n"
            + "\\ No newline at end of file\n",
        UnifiedDiff.of("x.py", "a\nb", "a\nc"));
    // adding the final newline changes the last line
    assertEquals(
        "--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n",
        UnifiedDiff.of("x.py", "a\nb", "a\nb\n"));
    // an unchanged last line without newline, as context
    assertEquals(
        "--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,2 @@\n-a\n+A\n b\n\\ No newline at end of file\n",
        UnifiedDiff.of("x.py", "a\nb", "A\nb"));
  }

  @Test
  void crlfLinesKeepTheirLineBreaks() {
    String before = "import time\r\n\r\nasync def f():\r\n    time.sleep(1)\r\n";
    String after = "import time\r\n\r\nasync def f():\r\n    await asyncio.sleep(1)\r\n";
    assertEquals(
        "--- a/x.py\n+++ b/x.py\n@@ -1,4 +1,4 @@\n import time\r\n \r\n async def f():\r\n"
            + "-    time.sleep(1)\r\n+    await asyncio.sleep(1)\r\n",
        UnifiedDiff.of("x.py", before, after));
    assertEquals(List.of("a\r\n", "b\r", "c\n", "d"), LineDiff.lines("a\r\nb\rc\nd"));
  }

  @Test
  void distantChangesGiveTwoHunksAndNearOnesOne() {
    String before = lines(1, 30);
    String twoHunks = before.replace("\n3\n", "\nthree\n").replace("\n25\n", "\ntwenty-five\n");
    String diff = UnifiedDiff.of("x.py", before, twoHunks);
    assertEquals(2, hunkCount(diff), diff);
    assertTrue(
        diff.contains("\n@@ -22,7 +22,7 @@\n 22\n 23\n 24\n-25\n+twenty-five\n 26\n 27\n 28\n"),
        diff);
    // six equal lines between two changes: one hunk (as diff -u); seven: two
    String six = before.replace("\n10\n", "\nten\n").replace("\n17\n", "\nseventeen\n");
    assertEquals(1, hunkCount(UnifiedDiff.of("x.py", before, six)));
    assertTrue(UnifiedDiff.of("x.py", before, six).contains("\n@@ -7,"));
    String seven = before.replace("\n10\n", "\nten\n").replace("\n18\n", "\neighteen\n");
    assertEquals(2, hunkCount(UnifiedDiff.of("x.py", before, seven)));
  }

  @Test
  void aHunkBeforeAnotherHasThreeLinesOfTrailingContext() {
    String before = lines(1, 30);
    String twoHunks = before.replace("\n3\n", "\nthree\n").replace("\n25\n", "\ntwenty-five\n");
    assertEquals(
        "--- a/x.py\n+++ b/x.py\n"
            + "@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n"
            + "@@ -22,7 +22,7 @@\n 22\n 23\n 24\n-25\n+twenty-five\n 26\n 27\n 28\n",
        UnifiedDiff.of("x.py", before, twoHunks));
    String six = before.replace("\n10\n", "\nten\n").replace("\n17\n", "\nseventeen\n");
    assertTrue(UnifiedDiff.of("x.py", before, six).contains("\n@@ -7,14 +7,14 @@\n"));
  }

  @Test
  void randomTextsChangeTheSameLinesAsGnuDiff() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(DIFF), "no " + DIFF);
    Random random = new Random(20240613);
    int compared = 0;
    for (int round = 0; round < 120; round++) {
      String before = randomText(random);
      String after = mutate(random, before);
      String ours = UnifiedDiff.of("x.py", before, after);
      String theirs = gnuDiff(before, after);
      String context = "before:\n" + before + "\nafter:\n" + after + "\nours:\n" + ours;
      if (theirs.isEmpty()) {
        assertEquals("", ours, context);
        continue;
      }
      assertEquals(changedLines(theirs), changedLines(ours), context);
      compared++;
    }
    assertTrue(compared > 100, "too few random cases with a difference: " + compared);
  }

  @Test
  void randomTextsDiffAsGnuDiffDoes() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(DIFF), "no " + DIFF);
    Random random = new Random(20240613);
    int same = 0;
    for (int round = 0; round < 120; round++) {
      String before = randomText(random);
      String after = mutate(random, before);
      String ours = UnifiedDiff.of("x.py", before, after);
      String theirs = gnuDiff(before, after);
      String context = "before:\n" + before + "\nafter:\n" + after + "\nours:\n" + ours;
      if (theirs.isEmpty()) {
        assertEquals("", ours, context);
        continue;
      }
      assertEquals(hunks(theirs), hunks(ours), context);
      same++;
    }
    assertTrue(same > 100, "too few random cases with a difference: " + same);
  }

  @Test
  void patchTurnsTheOldTextIntoTheNew() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(PATCH), "no " + PATCH);
    Random random = new Random(7);
    for (int round = 0; round < 60; round++) {
      String before = randomText(random);
      String after = mutate(random, before);
      if (round % 10 == 0) {
        after = after.replace("\n", "\r\n");
        before = before.replace("\n", "\r\n");
      }
      String diff = UnifiedDiff.of("x.py", before, after);
      if (diff.isEmpty()) {
        assertEquals(before, after);
        continue;
      }
      Path old = temp.resolve("old.py");
      Path patchFile = temp.resolve("change.diff");
      Path out = temp.resolve("new.py");
      Files.writeString(old, before);
      Files.writeString(patchFile, diff);
      Files.deleteIfExists(out);
      Process process =
          new ProcessBuilder(
                  PATCH.toString(),
                  "-s",
                  "--binary",
                  "-o",
                  out.toString(),
                  old.toString(),
                  patchFile.toString())
              .redirectErrorStream(true)
              .start();
      String message = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(10, TimeUnit.SECONDS));
      String context = "before:\n" + before + "\nafter:\n" + after + "\ndiff:\n" + diff;
      assertEquals(0, process.exitValue(), () -> message + context);
      assertEquals(after, Files.readString(out), context);
    }
  }

  // ---- helpers ----

  private static String lines(int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i <= to; i++) {
      text.append(i).append('\n');
    }
    return text.toString();
  }

  private static int hunkCount(String diff) {
    return (int) diff.lines().filter(line -> line.startsWith("@@ ")).count();
  }

  /** The lines removed and added, in order, without context or hunk headers. */
  private static List<String> changedLines(String diff) {
    return diff.lines()
        .filter(line -> line.startsWith("-") || line.startsWith("+") || line.startsWith("\\"))
        .filter(line -> !line.startsWith("--- ") && !line.startsWith("+++ "))
        .toList();
  }

  /** The diff from its first hunk on: the header lines (names, dates) differ between tools. */
  private static String hunks(String diff) {
    int at = diff.indexOf("\n@@ ");
    return at < 0 ? diff : diff.substring(at + 1);
  }

  /** 0 to 25 lines from a few words, so that lines repeat; sometimes no final newline. */
  private static String randomText(Random random) {
    String[] words = {"a", "b", "c", "d", "pass", "x = 1", "    return x", "", "def f():"};
    int count = random.nextInt(26);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(words[random.nextInt(words.length)]).append(i % 3 == 0 ? "" : " " + i);
      text.append('\n');
    }
    if (count > 0 && random.nextInt(6) == 0) {
      text.setLength(text.length() - 1);
    }
    return text.toString();
  }

  /** A few random insertions, deletions and replacements of lines. */
  private static String mutate(Random random, String text) {
    List<String> lines = new ArrayList<>(LineDiff.lines(text));
    int changes = 1 + random.nextInt(4);
    for (int i = 0; i < changes; i++) {
      int at = lines.isEmpty() ? 0 : random.nextInt(lines.size() + 1);
      switch (random.nextInt(3)) {
        case 0 -> lines.add(at, "new " + random.nextInt(5) + "\n");
        case 1 -> {
          if (at < lines.size()) {
            lines.remove(at);
          }
        }
        default -> {
          if (at < lines.size()) {
            lines.set(at, "changed " + random.nextInt(3) + "\n");
          }
        }
      }
    }
    String result = String.join("", lines);
    if (random.nextInt(8) == 0 && result.endsWith("\n")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }

  private String gnuDiff(String before, String after) throws IOException, InterruptedException {
    Path a = temp.resolve("a.py");
    Path b = temp.resolve("b.py");
    Files.writeString(a, before);
    Files.writeString(b, after);
    Process process =
        new ProcessBuilder(DIFF.toString(), "-u", a.toString(), b.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(10, TimeUnit.SECONDS));
    assertTrue(process.exitValue() <= 1, out);
    return out;
  }
}
