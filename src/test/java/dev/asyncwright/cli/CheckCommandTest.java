package dev.asyncwright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code asyncwright check} (issue 3's contract): report formats, exit statuses, fixing and diffs,
 * noqa, configuration and the files a tree holds, run through picocli on temporary trees.
 */
class CheckCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A text report line: {@code path:row:col: CODE message}. */
  private static final Pattern FINDING = Pattern.compile("(.+):(\\d+):(\\d+): (AW\\d{3}) (.+)");

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** One AW101 finding, on line 6, column 5 ({@code time.sleep(1)}, 13 characters). */
  // Each coroutine awaits something besides its blocking call, as real ones do: otherwise
  // AW604 (async-without-await) would report it too. It uses `time` besides the sleep, so that
  // the fix keeps the import.
  private static final String SLEEPY =
      "import asyncio\nimport time\n\n\nasync def main():\n    time.sleep(1)\n"
          + "    await other(time.monotonic())\n";

  private static final String SLEEPY_FIXED =
      "import asyncio\nimport time\n\n\nasync def main():\n    await asyncio.sleep(1)\n"
          + "    await other(time.monotonic())\n";

  /** One AW201 finding, on line 10; its fix needs Python 3.9. */
  private static final String EXECUTOR =
      "import asyncio\n\n\ndef load():\n    return 1\n\n\nasync def main():\n"
          + "    loop = asyncio.get_running_loop()\n"
          + "    return await loop.run_in_executor(None, load)\n";

  /** The fix takes the loop along: nothing else uses it. */
  private static final String EXECUTOR_FIXED =
      "import asyncio\n\n\ndef load():\n    return 1\n\n\nasync def main():\n"
          + "    return await asyncio.to_thread(load)\n";

  private static final String CLEAN =
      "import asyncio\n\n\nasync def main():\n    await asyncio.sleep(1)\n";

  @TempDir Path temp;

  // ---- text output and exit statuses ----

  @Test
  void textReportGivesPathRowColumnCodeMessageHintAndSummary() throws IOException {
    Path file = write("proj/app.py", SLEEPY);
    write("proj/clean.py", CLEAN);
    Run run = run("check", temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    List<String> lines = run.outLines();
    assertEquals(
        List.of(
            file + ":6:5: AW101 `time.sleep()` blocks the event loop inside a coroutine",
            "  = unsafe fix, needs --unsafe-fixes: Replace with `await asyncio.sleep(...)`",
            "Found 1 error.",
            "1 more fixable with --unsafe-fixes.",
            "Target: Python 3.10, from the default: no pyproject.toml, setup.cfg, setup.py or"
                + " tox.ini says which Pythons the project supports.",
            "Not checked: AW301, AW302, AW501, AW502, AW507 (what they advise need Python 3.11); name"
                + " them in --select to check anyway."),
        lines,
        run::toString);
    assertEquals("", run.err(), run::toString);
  }

  @Test
  void findingsComeInFileThenPositionOrder() throws IOException {
    write("proj/b.py", SLEEPY + "    time.sleep(2)\n");
    write("proj/a.py", EXECUTOR);
    write("proj/sub/c.py", SLEEPY);
    Run run = run("check", "--quiet", temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    List<String> found = findings(run);
    Path proj = temp.resolve("proj");
    assertEquals(
        List.of(
            proj.resolve("a.py") + ":10:18: AW201",
            proj.resolve("b.py") + ":6:5: AW101",
            proj.resolve("b.py") + ":8:5: AW101",
            proj.resolve("sub/c.py") + ":6:5: AW101"),
        found,
        run::toString);
  }

  @Test
  void aCleanTreePassesWithExitZero() throws IOException {
    write("proj/clean.py", CLEAN);
    write("proj/pkg/__init__.py", "");
    Run run = run("check", temp.resolve("proj").toString());
    assertEquals(0, run.status(), run::toString);
    assertEquals("All checks passed!", run.outLines().get(0), run::toString);
  }

  @Test
  void exitZeroReportsButSucceeds() throws IOException {
    Path file = write("proj/app.py", SLEEPY);
    Run run = run("check", "--exit-zero", temp.resolve("proj").toString());
    assertEquals(0, run.status(), run::toString);
    assertEquals(List.of(file + ":6:5: AW101"), findings(run), run::toString);
    assertTrue(run.out().contains("Found 1 error."), run::toString);
  }

  @Test
  void quietPrintsTheFindingsWithoutTheSummary() throws IOException {
    Path file = write("proj/app.py", SLEEPY);
    Run run = run("check", "--quiet", temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    assertEquals(List.of(file + ":6:5: AW101"), findings(run), run::toString);
    assertFalse(run.out().contains("Found"), run::toString);
    assertFalse(run.out().contains("fixable with"), run::toString);

    write("proj/app.py", CLEAN);
    Run clean = run("check", "-q", temp.resolve("proj").toString());
    assertEquals(0, clean.status(), clean::toString);
    assertEquals("", clean.out(), clean::toString);
  }

  @Test
  void aMissingPathIsAUsageError() throws IOException {
    write("proj/app.py", SLEEPY);
    Path missing = temp.resolve("nowhere");
    Run run = run("check", temp.resolve("proj").toString(), missing.toString());
    assertEquals(2, run.status(), run::toString);
    assertTrue(run.err().contains(missing.toString()), run::toString);
    assertEquals("", run.out(), run::toString);
  }

  @Test
  void anUnknownRuleCodeIsAUsageError() throws IOException {
    write("proj/app.py", SLEEPY);
    for (String option : List.of("--select", "--ignore")) {
      Run run = run("check", option, "AW101,AW999", temp.resolve("proj").toString());
      assertEquals(2, run.status(), run::toString);
      assertTrue(run.err().contains("AW999"), run::toString);
      assertEquals("", run.out(), run::toString);
    }
    // a prefix that names no rule says so, and where the rules are listed
    Run prefix = run("check", "--select", "AW95", temp.resolve("proj").toString());
    assertEquals(2, prefix.status(), prefix::toString);
    assertTrue(prefix.err().contains("unknown rule or prefix AW95 (rules: AW"), prefix::toString);
    assertTrue(prefix.err().contains("`rule --all` lists them"), prefix::toString);
  }

  @Test
  void aBadTargetVersionIsAUsageError() throws IOException {
    write("proj/app.py", SLEEPY);
    for (String bad : List.of("python3", "py27", "3", "")) {
      Run run = run("check", "--target-version", bad, temp.resolve("proj").toString());
      assertEquals(2, run.status(), () -> bad + ": " + run);
      assertTrue(run.err().contains("--target-version"), run::toString);
    }
    assertEquals(
        2, run("check", "--output-format", "xml", temp.resolve("proj").toString()).status());
    assertEquals(2, run("check", "--no-such-option", temp.resolve("proj").toString()).status());
  }

  @Test
  void targetVersionsBeyondThoseSupportedAreRefused() throws IOException {
    // The error message itself says "expected py38 ... py315".
    write("proj/app.py", SLEEPY);
    for (String bad : List.of("py399", "py30", "3.99", "py316")) {
      Run run = run("check", "--target-version", bad, temp.resolve("proj").toString());
      assertEquals(2, run.status(), () -> bad + ": " + run);
    }
  }

  @Test
  void aBrokenPyprojectIsAUsageErrorNamingTheFileAndKey() throws IOException {
    write("proj/app.py", SLEEPY);
    Path pyproject = temp.resolve("proj/pyproject.toml");
    String[][] cases = {
      {"[tool.asyncwright\nselect = [\"AW1\"]\n", null},
      {"[tool.asyncwright]\nselect = \"AW101\"\n", "select"},
      {"[tool.asyncwright]\nignore = [1, 2]\n", "ignore"},
      {"[tool.asyncwright]\ntarget-version = \"python3\"\n", "target-version"},
      {"[tool.asyncwright]\nunsafe-fixes = \"yes\"\n", "unsafe-fixes"},
      {"[tool.asyncwright]\nexclude = \"build\"\n", "exclude"},
      {"[tool.asyncwright]\nper-file-ignores = [\"x\"]\n", "per-file-ignores"},
      {"[tool.asyncwright]\nselect = [\"AW999\"]\n", "select"},
      {"[tool.asyncwright]\nselekt = [\"AW101\"]\n", "selekt"},
      {"[project]\nrequires-python = 3.9\n", "requires-python"},
    };
    for (String[] c : cases) {
      Files.writeString(pyproject, c[0]);
      Run run = run("check", temp.resolve("proj").toString());
      assertEquals(2, run.status(), () -> c[0] + run);
      assertTrue(run.err().contains(pyproject.toString()), () -> c[0] + run);
      if (c[1] != null) {
        assertTrue(run.err().contains(c[1]), () -> c[0] + run);
      }
      assertEquals("", run.out(), () -> c[0] + run);
    }
  }

  // ---- statistics, selection, target version ----

  @Test
  void statisticsCountEachRuleMostFirst() throws IOException {
    write("proj/a.py", SLEEPY + "    time.sleep(2)\n");
    write("proj/b.py", EXECUTOR);
    Run run = run("check", "--statistics", "--quiet", temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    List<String> stats =
        run.outLines().stream().filter(line -> line.matches("\\s*\\d+\\t.*")).toList();
    assertEquals(
        List.of("    2\tAW101\t[ ] blocking-sleep", "    1\tAW201\t[ ] run-in-executor"),
        stats,
        run::toString);
    assertEquals(stats, run.outLines(), "the statistics only, not the list: " + run);

    Run unsafe =
        run("check", "--statistics", "--unsafe-fixes", "-q", temp.resolve("proj").toString());
    assertTrue(unsafe.out().contains("    2\tAW101\t[*] blocking-sleep\n"), unsafe::toString);
    Run old =
        run(
            "check",
            "--statistics",
            "--unsafe-fixes",
            "--select",
            "AW101,AW201",
            "--target-version",
            "py38",
            "-q",
            temp.resolve("proj").toString());
    assertTrue(old.out().contains("    1\tAW201\t[ ] run-in-executor\n"), old::toString);
  }

  @Test
  void rulesWhoseAdviceNeedsANewerPythonRunOnlyWhenNamed() throws IOException {
    Path proj = temp.resolve("proj");
    write("proj/a.py", "import asyncio\n\n\nasync def f():\n    raise asyncio.TimeoutError\n");
    write("proj/setup.cfg", "[options]\npython_requires = >=3.10\n");
    Run old = run("check", proj.toString());
    assertEquals(0, old.status(), old::toString);
    assertTrue(
        old.out().contains("Target: Python 3.10, from python_requires = >=3.10 in setup.cfg."),
        old::toString);
    assertTrue(old.out().contains("Not checked: AW301, AW302, AW501, AW502"), old::toString);
    Run named = run("check", "--select", "AW502", proj.toString());
    assertEquals(codes("AW502"), codes(named));
    assertTrue(
        named.out().contains("is the builtin `TimeoutError` only from Python 3.11 on; on 3.10,"),
        named::toString);
    assertTrue(named.out().contains("no fix: the fix needs Python 3.11"), named::toString);
    assertEquals(codes(), codes(run("check", "--select", "AW5", proj.toString())));
    assertEquals(codes("AW502"), codes(run("check", "--target-version", "py311", proj.toString())));
  }

  @Test
  void previewRulesRunOnlyWhenNamedOrWithPreview() throws IOException {
    Path proj = temp.resolve("proj");
    write("proj/a.py", "async def _f():\n    return 1\n\n\nasync def g():\n    await _f()\n");
    assertEquals(codes(), codes(run("check", proj.toString())));
    assertEquals(codes("AW604"), codes(run("check", "--select", "AW604", proj.toString())));
    assertEquals(codes("AW604"), codes(run("check", "--preview", proj.toString())));
    write("proj/pyproject.toml", "[tool.asyncwright]\npreview = true\n");
    assertEquals(codes("AW604"), codes(run("check", proj.toString())));
  }

  @Test
  void selectAndIgnoreTakeCodesAndPrefixes() throws IOException {
    Path proj = temp.resolve("proj");
    write("proj/a.py", EXECUTOR);
    write("proj/b.py", SLEEPY);
    assertEquals(codes("AW101", "AW201"), codes(run("check", proj.toString())));
    assertEquals(codes("AW101"), codes(run("check", "--select", "AW1", proj.toString())));
    assertEquals(codes("AW101"), codes(run("check", "--select", "aw10", proj.toString())));
    assertEquals(codes("AW201"), codes(run("check", "--select", "AW2", proj.toString())));
    assertEquals(codes("AW201"), codes(run("check", "--ignore", "AW1", proj.toString())));
    assertEquals(codes("AW201"), codes(run("check", "--select", "ALL", "--ignore", "AW101", proj)));
    assertEquals(
        codes("AW101", "AW201"), codes(run("check", "--select", "AW101,AW201", proj.toString())));
    assertEquals(
        codes("AW101"),
        codes(run("check", "--select", "AW101", "--select", "AW401", proj.toString())));
    Run none = run("check", "--select", "AW1", "--ignore", "AW101", proj.toString());
    assertEquals(0, none.status(), none::toString);
    assertEquals(codes(), codes(none));
  }

  @Test
  void anOldTargetWithholdsAFixThatNeedsANewerPython() throws IOException {
    Path file = write("proj/app.py", EXECUTOR);
    Run run =
        run(
            "check",
            "--select",
            "AW201",
            "--target-version",
            "py38",
            temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    assertEquals(
        List.of(
            file
                + ":10:18: AW201 Use `asyncio.to_thread()` instead of `run_in_executor()` with the"
                + " default executor",
            "  = no fix: the fix needs Python 3.9 (the target is 3.8)",
            "Found 1 error.",
            "Target: Python 3.8, from --target-version py38."),
        run.outLines(),
        run::toString);

    Run fixing =
        run(
            "check",
            "--fix",
            "--unsafe-fixes",
            "--select",
            "AW201",
            "--target-version",
            "py38",
            temp.resolve("proj").toString());
    assertEquals(1, fixing.status(), fixing::toString);
    assertEquals(EXECUTOR, Files.readString(file), "nothing to write on py38");

    Run json =
        run(
            "check",
            "--output-format",
            "json",
            "--select",
            "AW201",
            "--target-version",
            "3.8",
            file.toString());
    assertTrue(parse(json).get(0).get("fix").isNull(), json::toString);

    Run newer = run("check", "--target-version", "py39", temp.resolve("proj").toString());
    assertTrue(newer.out().contains("  = unsafe fix, needs --unsafe-fixes"), newer::toString);
  }

  @Test
  void syntaxNewerThanTheTargetIsAFindingAndEveryRuleStillRuns() throws IOException {
    Path file =
        write("proj/app.py", SLEEPY + "\n\ndef greet(name):\n    return t\"Hello {name}\"\n");
    Run run = run("check", "--target-version", "py311", temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    assertTrue(
        run.out().contains(file + ":11:12: AW002 t-strings need Python 3.14; the target is 3.11"),
        run::toString);
    assertTrue(run.out().contains(file + ":6:5: AW101 "), run::toString);
    assertTrue(!run.out().contains("AW001"), run::toString);

    Run fixing =
        run("check", "--fix", "--unsafe-fixes", "--target-version", "py311", file.toString());
    assertEquals(1, fixing.status(), "the t-string is still there to report");
    assertTrue(
        Files.readString(file).startsWith(SLEEPY_FIXED)
            && Files.readString(file).endsWith("t\"Hello {name}\"\n"),
        "the rest of the file is fixed around the t-string");

    Run newer = run("check", "--target-version", "py314", file.toString());
    assertEquals(0, newer.status(), newer::toString);
  }

  // ---- machine-readable formats ----

  @Test
  void jsonHasRuffsShape() throws IOException {
    Path file = write("proj/app.py", SLEEPY);
    write("proj/old.py", EXECUTOR);
    Run run =
        run(
            "check",
            "--output-format",
            "json",
            "--select",
            "AW101,AW201",
            "--target-version",
            "py38",
            temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    JsonNode array = parse(run);
    assertTrue(array.isArray(), run::toString);
    assertEquals(2, array.size(), run::toString);

    JsonNode sleep = array.get(0);
    assertEquals("AW101", sleep.get("code").asText());
    assertEquals(
        "`time.sleep()` blocks the event loop inside a coroutine", sleep.get("message").asText());
    assertEquals(file.toAbsolutePath().toString(), sleep.get("filename").asText());
    assertTrue(Path.of(sleep.get("filename").asText()).isAbsolute());
    assertEquals(6, sleep.get("location").get("row").asInt());
    assertEquals(5, sleep.get("location").get("column").asInt());
    assertEquals(6, sleep.get("end_location").get("row").asInt());
    assertEquals(18, sleep.get("end_location").get("column").asInt());
    assertEquals(6, sleep.get("noqa_row").asInt());
    JsonNode fix = sleep.get("fix");
    assertEquals("unsafe", fix.get("applicability").asText());
    assertEquals("Replace with `await asyncio.sleep(...)`", fix.get("message").asText());
    assertTrue(fix.get("edits").isArray() && fix.get("edits").size() > 0, run::toString);
    for (JsonNode edit : fix.get("edits")) {
      assertTrue(edit.get("content").isTextual());
      assertTrue(edit.get("location").get("row").isInt());
      assertTrue(edit.get("location").get("column").isInt());
      assertTrue(edit.get("end_location").get("row").isInt());
      assertTrue(edit.get("end_location").get("column").isInt());
    }
    assertEquals(SLEEPY_FIXED, applyJsonEdits(SLEEPY, fix.get("edits")), "the edits as given");

    JsonNode old = array.get(1);
    assertEquals("AW201", old.get("code").asText());
    assertTrue(old.get("fix").isNull(), run::toString);
    assertEquals(10, old.get("location").get("row").asInt());
    assertEquals(10, old.get("noqa_row").asInt());

    Run clean = run("check", "--output-format", "json", "--select", "AW4", file.toString());
    assertEquals(0, clean.status(), clean::toString);
    assertEquals(0, parse(clean).size(), clean::toString);
  }

  @Test
  void jsonEditsOfAMultiEditFixRebuildTheFixedFile() throws IOException {
    Path file = write("proj/app.py", EXECUTOR);
    Run run = run("check", "--output-format", "json", file.toString());
    JsonNode fix = parse(run).get(0).get("fix");
    assertEquals("unsafe", fix.get("applicability").asText());
    assertEquals(EXECUTOR_FIXED, applyJsonEdits(EXECUTOR, fix.get("edits")));
  }

  @Test
  void sarifListsTheSelectedRulesAndTheResultsWithFixes() throws IOException {
    Path file = write("proj/app.py", SLEEPY);
    Run run =
        run(
            "check",
            "--output-format",
            "sarif",
            "--select",
            "AW10",
            temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    JsonNode root = parse(run);
    assertEquals("2.1.0", root.get("version").asText());
    JsonNode runNode = root.get("runs").get(0);
    JsonNode driver = runNode.get("tool").get("driver");
    assertEquals("asyncwright", driver.get("name").asText());
    assertEquals(AsyncwrightCommand.version(), driver.get("version").asText());
    TreeSet<String> ids = new TreeSet<>();
    for (JsonNode rule : driver.get("rules")) {
      ids.add(rule.get("id").asText());
      assertFalse(rule.get("shortDescription").get("text").asText().isBlank());
    }
    TreeSet<String> expected = new TreeSet<>(List.of("AW001"));
    for (Rule rule : RuleRegistry.all()) {
      if (rule.code().startsWith("AW10")) {
        expected.add(rule.code());
      }
    }
    assertEquals(expected, ids, run::toString);

    JsonNode results = runNode.get("results");
    assertEquals(1, results.size(), run::toString);
    JsonNode result = results.get(0);
    assertEquals("AW101", result.get("ruleId").asText());
    assertFalse(result.get("message").get("text").asText().isBlank());
    JsonNode physical = result.get("locations").get(0).get("physicalLocation");
    assertEquals(file.toString(), physical.get("artifactLocation").get("uri").asText());
    assertEquals(6, physical.get("region").get("startLine").asInt());
    assertEquals(5, physical.get("region").get("startColumn").asInt());
    assertEquals(18, physical.get("region").get("endColumn").asInt());
    JsonNode change = result.get("fixes").get(0).get("artifactChanges").get(0);
    assertEquals(file.toString(), change.get("artifactLocation").get("uri").asText());
    List<Object[]> edits = new ArrayList<>();
    for (JsonNode replacement : change.get("replacements")) {
      JsonNode region = replacement.get("deletedRegion");
      edits.add(
          new Object[] {
            region.get("startLine").asInt(),
            region.get("startColumn").asInt(),
            region.get("endLine").asInt(),
            region.get("endColumn").asInt(),
            replacement.get("insertedContent").get("text").asText()
          });
    }
    assertEquals(SLEEPY_FIXED, applyEdits(SLEEPY, edits), "SARIF replacements");
  }

  @Test
  void githubFormatGivesWorkflowCommands() throws IOException {
    Path file = write("proj/app.py", SLEEPY);
    write("proj/broken.py", "x = (\n");
    Run run = run("check", "--output-format", "github", temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    List<String> lines = run.outLines();
    assertEquals(2, lines.size(), run::toString);
    assertTrue(lines.get(0).startsWith("::warning file=" + file + ",line=6,col=5,"), run::toString);
    assertTrue(lines.get(0).contains(",title=AW101"), run::toString);
    assertTrue(
        lines.get(0).endsWith("::`time.sleep()` blocks the event loop inside a coroutine"),
        run::toString);
    assertTrue(
        lines
            .get(1)
            .matches("::(error|warning) file=.*broken\\.py,line=\\d+,col=\\d+,.*title=AW001.*::.+"),
        run::toString);
  }

  @Test
  void githubFormatEscapesCommasAndColonsInTheFileName() throws IOException {
    write("proj/a,b.py", SLEEPY);
    Run run = run("check", "--output-format", "github", temp.resolve("proj").toString());
    assertEquals(1, run.outLines().size(), run::toString);
    assertTrue(run.out().contains("a%2Cb.py,line=6,col=5,"), run::toString);
  }

  // ---- syntax errors ----

  @Test
  void pathsThatAreNotRegularFilesAreSkippedWithAMessageNeverRead() throws Exception {
    Path sleepy = write("proj/a_sleepy.py", SLEEPY);
    Path fifo = temp.resolve("proj/b_fifo.py");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
    // Named on the command line, a FIFO would block the read forever, /dev/zero never end.
    Run run = run("check", sleepy.toString(), fifo.toString(), "/dev/zero");
    assertEquals(1, run.status(), run::toString);
    assertTrue(run.out().contains(fifo + ":1:1: AW001 not a regular file (a FIFO"), run::toString);
    assertTrue(run.out().contains("/dev/zero:1:1: AW001"), run::toString);
    assertTrue(run.out().contains(sleepy + ":6:5: AW101"), run::toString);
    // Walked into, a FIFO is not a Python file at all.
    Run walked = run("check", temp.resolve("proj").toString());
    assertTrue(walked.out().contains(sleepy + ":6:5: AW101"), walked::toString);
    assertFalse(walked.out().contains("b_fifo"), walked::toString);
  }

  @Test
  void aFolderNamedThroughASymbolicLinkIsWalkedAndShownUnderThatName() throws IOException {
    write("proj/pkg/a.py", SLEEPY);
    Path link = Files.createSymbolicLink(temp.resolve("linked"), temp.resolve("proj"));
    Run run = run("check", link.toString());
    assertEquals(1, run.status(), run::toString);
    assertTrue(run.out().contains(link.resolve("pkg/a.py") + ":6:5: AW101"), run::toString);
  }

  @Test
  void aFileWhoseEncodingDoesNotRoundTripIsNotFixedAndSaysWhy() throws IOException {
    byte[] head = "# -*- coding: cp932 -*-\n# ".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\n" + SLEEPY).getBytes(StandardCharsets.US_ASCII);
    // ED40 and FA5C decode to the same character, which encodes as FA5C
    byte[] lossy = concat(concat(head, new byte[] {(byte) 0xED, (byte) 0x40}), tail);
    byte[] faithful =
        concat(concat(head, new byte[] {(byte) 0x82, (byte) 0xA0}), tail); // hiragana a
    Path bad = write("proj/a_lossy.py", lossy);
    Path good = write("proj/b_faithful.py", faithful);
    Run run = run("check", "--fix", "--unsafe-fixes", temp.resolve("proj").toString());
    assertTrue(
        run.err().contains(bad + ": not fixed: its bytes do not come back the same"),
        run::toString);
    assertArrayEquals(lossy, Files.readAllBytes(bad));
    assertTrue(
        Files.readString(good, java.nio.charset.Charset.forName("cp932"))
            .contains("await asyncio.sleep(1)"),
        run::toString);
  }

  @Test
  void aFolderWithoutPythonFilesSaysSoRatherThanThatAllChecksPassed() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    write("empty/notes.txt", "not python\n");
    Run run = run("check", empty.toString());
    assertEquals(0, run.status(), run::toString);
    assertEquals(
        "No Python files found under " + empty + ".", run.outLines().get(0), run::toString);
    assertFalse(run.out().contains("All checks passed"), run::toString);
  }

  @Test
  void adviceOnlyFindingsAreCountedAsAdviceNotErrors() throws IOException {
    String busy =
        "import asyncio\n\nDONE = False\n\n\ndef finish():\n    global DONE\n    DONE = True\n\n\n"
            + "async def wait():\n    while not DONE:\n        await asyncio.sleep(0.1)\n";
    Path advice = write("proj/a_busy.py", busy);
    Run run = run("check", advice.toString());
    assertTrue(run.out().contains(advice + ":12:5: AW702"), run::toString);
    assertTrue(run.out().contains("Found 1 advice."), run::toString);
    Path both = write("proj/b_both.py", busy + SLEEPY.replace("import asyncio\n", ""));
    Run mixed = run("check", both.toString());
    assertTrue(mixed.out().contains("Found 1 error, 1 advice."), mixed::toString);
    // code CPython will not compile is an error, though no fix is offered for it
    Path broken = write("proj/c_broken.py", "def f(x):\n    await x\n");
    Run compile = run("check", broken.toString());
    assertTrue(compile.out().contains(broken + ":2:5: AW003"), compile::toString);
    assertTrue(compile.out().contains("Found 1 error."), compile::toString);
  }

  @Test
  void asyncTimeoutsOwnProjectIsNotToldToUseAsyncio() throws IOException {
    String use =
        "import async_timeout\n\n\nasync def read(s):\n"
            + "    async with async_timeout.timeout(5):\n        return await s.read()\n";
    write("own/pyproject.toml", "[project]\nrequires-python = \">=3.11\"\n");
    write(
        "own/async_timeout/__init__.py",
        "class Timeout:\n    pass\n\n\ndef timeout(d):\n" + "    return Timeout()\n");
    write("own/tests/test_it.py", use);
    Run own = run("check", "--select", "AW507", "--threads", "2", temp.resolve("own").toString());
    assertTrue(own.out().contains("All checks passed!"), own::toString);
    Path user = write("user/app.py", use);
    Run elsewhere = run("check", "--select", "AW507", "--target-version", "py311", user.toString());
    assertTrue(elsewhere.out().contains(user + ":5:16: AW507"), elsewhere::toString);
  }

  @Test
  void aBinaryFileAndALatin1FileWithoutACodingLineAreToldApart() throws IOException {
    Path binary = write("proj/a_binary.py", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, (byte) 0xff});
    Path latin =
        write("proj/b_latin.py", "print('caf\u00e9')\n".getBytes(StandardCharsets.ISO_8859_1));
    Run run = run("check", temp.resolve("proj").toString());
    assertTrue(
        run.out().contains(binary + ":1:1: AW001 SyntaxError: looks binary (NUL bytes): skipped"),
        run::toString);
    assertTrue(
        run.out().contains("not UTF-8 and no coding declaration (PEP 263); if it is Latin-1, add"),
        run::toString);
    assertTrue(run.out().contains(latin.toString()), run::toString);
  }

  @Test
  void aChainOfAHundredThousandCallsIsChecked() throws IOException {
    // Each call of the chain asked for the qualified name of its callee by listing all the
    // chain's trailers: minutes of work. No time limit here, only the answer.
    Path chain =
        write(
            "proj/chain.py",
            "import time\n\n\nasync def main():\n    time.sleep(1)\n    await f"
                + "()".repeat(100_000)
                + "\n");
    Run run = run("check", "--select", "ALL", "--target-version", "py311", chain.toString());
    assertEquals(1, run.status(), run::toString);
    assertTrue(run.out().contains(chain + ":5:5: AW101"), run::toString);
  }

  @Test
  void aFileAboveTheSizeLimitIsSkippedWithItsSizeAndTheRestIsChecked() throws IOException {
    Path sleepy = write("proj/a_sleepy.py", SLEEPY);
    Path huge = write("proj/b_huge.py", "x = 1\n".repeat(1_100_000)); // 6.6 MB
    Run run = run("check", temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    assertTrue(
        run.out().contains(huge + ":1:1: AW001 the file is 6 MB, larger than the 5 MB"),
        run::toString);
    assertTrue(run.out().contains(sleepy + ":6:5: AW101"), run::toString);
  }

  @Test
  void syntaxErrorsAreReportedAsAw001AndTheScanGoesOn() throws IOException {
    Path broken = write("proj/a_broken.py", "def f(:\n    pass\n");
    Path undecodable = write("proj/b_klingon.py", "# coding: klingon-8\nx = 1\n");
    Path sleepy = write("proj/c_sleepy.py", SLEEPY);
    Run run = run("check", temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    List<String> found = findings(run);
    assertEquals(
        List.of(broken + ":1:7: AW001", undecodable + ":1:1: AW001", sleepy + ":6:5: AW101"),
        found.stream()
            .map(line -> line.replaceFirst("^(.*b_klingon\\.py):\\d+:\\d+", "$1:1:1"))
            .toList(),
        run::toString);
    assertTrue(run.out().contains(broken + ":1:7: AW001 SyntaxError"), run::toString);

    Run json = run("check", "--output-format", "json", temp.resolve("proj").toString());
    JsonNode first = parse(json).get(0);
    assertEquals("AW001", first.get("code").asText());
    assertEquals(1, first.get("location").get("row").asInt());
    assertTrue(first.get("fix").isNull());

    Run onlyBroken = run("check", broken.toString());
    assertEquals(1, onlyBroken.status(), onlyBroken::toString);
    Run exitZero = run("check", "--exit-zero", broken.toString());
    assertEquals(0, exitZero.status(), exitZero::toString);
    // --fix leaves a file that does not parse alone
    Run fix = run("check", "--fix", "--unsafe-fixes", temp.resolve("proj").toString());
    assertEquals(1, fix.status(), fix::toString);
    assertEquals("def f(:\n    pass\n", Files.readString(broken));
    assertEquals(SLEEPY_FIXED, Files.readString(sleepy));
  }

  // ---- fixing ----

  @Test
  void fixAppliesOnlySafeFixesUnlessUnsafeFixesAreAllowed() throws IOException {
    Path file = write("proj/app.py", SLEEPY);
    Run safeOnly = run("check", "--fix", temp.resolve("proj").toString());
    assertEquals(1, safeOnly.status(), safeOnly::toString);
    assertEquals(SLEEPY, Files.readString(file), "an unsafe fix needs --unsafe-fixes");
    assertTrue(safeOnly.out().contains("1 more fixable with --unsafe-fixes."), safeOnly::toString);

    Run unsafe = run("check", "--fix", "--unsafe-fixes", temp.resolve("proj").toString());
    assertEquals(0, unsafe.status(), unsafe::toString);
    assertEquals(SLEEPY_FIXED, Files.readString(file));
    assertEquals(List.of(), findings(unsafe), unsafe::toString);
    assertTrue(unsafe.out().contains("Found 1 error (1 fixed, 0 remaining)."), unsafe::toString);
    assertNoTemporaryFiles(temp.resolve("proj"));
  }

  @Test
  void unsafeFixesWithoutFixOnlyChangeTheHints() throws IOException {
    Path file = write("proj/app.py", SLEEPY);
    Run run = run("check", "--unsafe-fixes", temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    assertEquals(SLEEPY, Files.readString(file), "nothing written without --fix");
    assertTrue(
        run.out().contains("  = unsafe fix: Replace with `await asyncio.sleep(...)`"),
        run::toString);
    assertTrue(run.out().contains("[*] 1 fixable with --fix."), run::toString);
  }

  @Test
  void fixingKeepsNewlinesBomEncodingAndMode() throws IOException {
    Path crlf =
        write(
            "proj/crlf.py",
            concat(BOM, utf8("import time\r\n\r\n\r\nasync def main():\r\n    time.sleep(1)\r\n")));
    Path latin =
        write(
            "proj/latin.py",
            ("# -*- coding: latin-1 -*-\nimport asyncio\nimport time\n\n\nasync def main():\n"
                    + "    print('caf\u00e9')\n    time.sleep(1)\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    Path script = write("proj/script.py", SLEEPY);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
    Files.setPosixFilePermissions(latin, PosixFilePermissions.fromString("rw-------"));

    Run run = run("check", "--fix", "--unsafe-fixes", temp.resolve("proj").toString());
    assertEquals(0, run.status(), run::toString);

    assertArrayEquals(
        concat(
            BOM,
            utf8(
                "import asyncio\r\n\r\n\r\nasync def main():\r\n"
                    + "    await asyncio.sleep(1)\r\n")),
        Files.readAllBytes(crlf),
        () -> new String(readQuietly(crlf), StandardCharsets.UTF_8));
    assertArrayEquals(
        ("# -*- coding: latin-1 -*-\nimport asyncio\n\n\nasync def main():\n"
                + "    print('caf\u00e9')\n    await asyncio.sleep(1)\n")
            .getBytes(StandardCharsets.ISO_8859_1),
        Files.readAllBytes(latin));
    assertEquals(SLEEPY_FIXED, Files.readString(script));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(latin)));
    assertNoTemporaryFiles(temp.resolve("proj"));
  }

  @Test
  void fixingTwiceChangesNothingTheSecondTime() throws IOException {
    Path a = write("proj/a.py", SLEEPY + "    time.sleep(2)\n");
    Path b = write("proj/b.py", EXECUTOR);
    Run first = run("check", "--fix", "--unsafe-fixes", temp.resolve("proj").toString());
    assertEquals(0, first.status(), first::toString);
    assertTrue(first.out().contains("Found 3 errors (3 fixed, 0 remaining)."), first::toString);
    byte[] aAfter = Files.readAllBytes(a);
    byte[] bAfter = Files.readAllBytes(b);
    assertEquals(EXECUTOR_FIXED, new String(bAfter, StandardCharsets.UTF_8));

    Run second = run("check", "--fix", "--unsafe-fixes", temp.resolve("proj").toString());
    assertEquals(0, second.status(), second::toString);
    assertEquals("All checks passed!", second.outLines().get(0), second::toString);
    assertArrayEquals(aAfter, Files.readAllBytes(a));
    assertArrayEquals(bAfter, Files.readAllBytes(b));
    Run diff = run("check", "--diff", "--unsafe-fixes", temp.resolve("proj").toString());
    assertEquals(0, diff.status(), diff::toString);
    assertEquals("", diff.out(), diff::toString);
  }

  @Test
  void fixLeavesTheFindingsItCannotFixAndSaysSo() throws IOException {
    Path a = write("proj/a.py", SLEEPY);
    Path b = write("proj/b.py", EXECUTOR);
    Run run =
        run(
            "check",
            "--fix",
            "--unsafe-fixes",
            "--select",
            "AW101,AW201",
            "--target-version",
            "py38",
            temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    assertEquals(SLEEPY_FIXED, Files.readString(a), "AW101's fix needs 3.7 only");
    assertEquals(EXECUTOR, Files.readString(b));
    assertEquals(List.of(b + ":10:18: AW201"), findings(run), run::toString);
    assertTrue(run.out().contains("Found 2 errors (1 fixed, 1 remaining)."), run::toString);
  }

  @Test
  void aFileThatCannotBeWrittenKeepsItsFindingsAndTheExitStatus() throws IOException {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root writes anything");
    Path file = write("proj/app.py", SLEEPY);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    Run run = run("check", "--fix", "--unsafe-fixes", temp.resolve("proj").toString());
    assertEquals(SLEEPY, Files.readString(file));
    assertTrue(run.err().contains(file.toString()), run::toString);
    assertEquals(1, run.status(), run::toString);
    assertEquals(List.of(file + ":6:5: AW101"), findings(run), run::toString);
  }

  @Test
  void diffPrintsAUnifiedDiffAndWritesNothing() throws IOException {
    Path file = write("proj/app.py", SLEEPY);
    long modified = Files.getLastModifiedTime(file).toMillis();
    Run run = run("check", "--diff", "--unsafe-fixes", temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    assertEquals(SLEEPY, Files.readString(file));
    assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    assertNoTemporaryFiles(temp.resolve("proj"));
    String out = run.out();
    // an absolute path is shown as it is (git's a/ and b/ are for relative paths)
    assertTrue(out.contains("--- " + file + "\n"), run::toString);
    assertTrue(out.contains("+++ " + file + "\n"), run::toString);
    assertTrue(out.contains("\n@@ -3,5 +3,5 @@\n"), run::toString);
    assertTrue(out.contains("\n-    time.sleep(1)\n+    await asyncio.sleep(1)\n"), run::toString);
    assertFalse(out.contains("Found"), run::toString);

    Run zero =
        run("check", "--diff", "--unsafe-fixes", "--exit-zero", temp.resolve("proj").toString());
    assertEquals(0, zero.status(), zero::toString);
    // --diff wins over --fix: still nothing written
    Run both = run("check", "--diff", "--fix", "--unsafe-fixes", temp.resolve("proj").toString());
    assertEquals(1, both.status(), both::toString);
    assertEquals(SLEEPY, Files.readString(file));
    // without --unsafe-fixes there is no safe fix to show
    Run safe = run("check", "--diff", temp.resolve("proj").toString());
    assertEquals(0, safe.status(), safe::toString);
    assertEquals("", safe.out(), safe::toString);
  }

  // ---- noqa ----

  @Test
  void noqaCommentsSuppressFindingsOnTheirLine() throws IOException {
    String source =
        "import asyncio\nimport time\n\n\nasync def main():\n"
            + "    time.sleep(1)  # noqa\n"
            + "    time.sleep(2)  # noqa: AW101\n"
            + "    time.sleep(3)  # NOQA:aw101,AW201\n"
            + "    time.sleep(4)  # noqa: AW201\n"
            + "    time.sleep(5)  # a comment, not a suppression\n"
            + "    time.sleep(6)\n"
            + "    await other()\n";
    Path file = write("proj/app.py", source);
    Run run = run("check", "-q", temp.resolve("proj").toString());
    assertEquals(1, run.status(), run::toString);
    assertEquals(
        List.of(file + ":9:5: AW101", file + ":10:5: AW101", file + ":11:5: AW101"),
        findings(run),
        run::toString);
    Run fix = run("check", "--fix", "--unsafe-fixes", temp.resolve("proj").toString());
    assertEquals(0, fix.status(), fix::toString);
    String fixed = Files.readString(file);
    assertTrue(fixed.contains("    time.sleep(1)  # noqa\n"), fixed);
    assertTrue(fixed.contains("    time.sleep(3)  # NOQA:aw101,AW201\n"), fixed);
    assertTrue(fixed.contains("    await asyncio.sleep(4)  # noqa: AW201\n"), fixed);
    assertTrue(fixed.contains("    await asyncio.sleep(6)\n"), fixed);
  }

  // ---- configuration ----

  @Test
  void pyprojectSelectsIgnoresAndExcludes() throws IOException {
    Path proj = temp.resolve("proj");
    Path a = write("proj/a.py", SLEEPY);
    Path b = write("proj/b.py", EXECUTOR);
    write("proj/generated/gen.py", SLEEPY);
    write("proj/legacy/old.py", SLEEPY);
    write("proj/pyproject.toml", "[tool.asyncwright]\nselect = [\"AW1\"]\n");
    assertEquals(
        List.of(
            a + ":6:5: AW101",
            proj.resolve("generated/gen.py") + ":6:5: AW101",
            proj.resolve("legacy/old.py") + ":6:5: AW101"),
        findings(run("check", "-q", proj.toString())));

    write(
        "proj/pyproject.toml",
        "[tool.asyncwright]\nignore = [\"AW10\"]\nexclude = [\"generated\", \"legacy/*.py\"]\n");
    assertEquals(List.of(b + ":10:18: AW201"), findings(run("check", "-q", proj.toString())));
    // command-line flags win over the file
    assertEquals(
        List.of(a + ":6:5: AW101"),
        findings(run("check", "-q", "--select", "AW101", "--ignore", "AW2", proj.toString())));
  }

  @Test
  void pyprojectTargetVersionAndRequiresPython() throws IOException {
    Path proj = temp.resolve("proj");
    write("proj/app.py", EXECUTOR);
    String noFix = "  = no fix: the fix needs Python 3.9 (the target is 3.8)";
    write("proj/pyproject.toml", "[project]\nname = \"x\"\nrequires-python = \">=3.8\"\n");
    Run requires = run("check", "--select", "AW201", proj.toString());
    assertTrue(requires.out().contains(noFix), requires::toString);

    write(
        "proj/pyproject.toml",
        "[project]\nrequires-python = \">=3.10\"\n\n[tool.asyncwright]\ntarget-version = \"py38\"\n");
    Run target = run("check", "--select", "AW201", proj.toString());
    assertTrue(target.out().contains(noFix), "target-version wins over requires-python: " + target);

    Run flag = run("check", "--target-version", "py311", proj.toString());
    assertFalse(flag.out().contains("no fix"), "the flag wins over the file: " + flag);
    assertTrue(flag.out().contains("  = unsafe fix, needs --unsafe-fixes"), flag::toString);

    write("proj/pyproject.toml", "[project]\nrequires-python = \">=3.9\"\n");
    Run nine = run("check", proj.toString());
    assertFalse(nine.out().contains("no fix"), nine::toString);
  }

  @Test
  void pyprojectUnsafeFixesLetsFixApplyThem() throws IOException {
    Path proj = temp.resolve("proj");
    Path file = write("proj/app.py", SLEEPY);
    write("proj/pyproject.toml", "[tool.asyncwright]\nunsafe-fixes = false\n");
    run("check", "--fix", proj.toString());
    assertEquals(SLEEPY, Files.readString(file));
    write("proj/pyproject.toml", "[tool.asyncwright]\nunsafe-fixes = true\n");
    Run run = run("check", "--fix", proj.toString());
    assertEquals(0, run.status(), run::toString);
    assertEquals(SLEEPY_FIXED, Files.readString(file));
  }

  @Test
  void pyprojectPerFileIgnores() throws IOException {
    Path proj = temp.resolve("proj");
    Path a = write("proj/app.py", SLEEPY);
    write("proj/tests/test_app.py", SLEEPY + "    time.sleep(2)\n");
    Path b = write("proj/tests/test_exec.py", EXECUTOR);
    write(
        "proj/pyproject.toml",
        "[tool.asyncwright.per-file-ignores]\n\"tests/*.py\" = [\"AW101\"]\n");
    Run run = run("check", "-q", proj.toString());
    assertEquals(List.of(a + ":6:5: AW101", b + ":10:18: AW201"), findings(run), run::toString);
    // the file's own findings stay fixable; ignored ones are not touched
    run("check", "--fix", "--unsafe-fixes", proj.toString());
    assertEquals(
        SLEEPY + "    time.sleep(2)\n", Files.readString(proj.resolve("tests/test_app.py")));
  }

  @Test
  void perFileIgnoresTakePrefixesAsSelectDoes() throws IOException {
    // Ruff's per-file-ignores take codes or prefixes, like ignore.
    Path proj = temp.resolve("proj");
    Path a = write("proj/app.py", SLEEPY);
    write("proj/tests/test_app.py", SLEEPY);
    write("proj/pyproject.toml", "[tool.asyncwright.per-file-ignores]\n\"tests/*\" = [\"AW1\"]\n");
    Run run = run("check", "-q", proj.toString());
    assertEquals(List.of(a + ":6:5: AW101"), findings(run), run::toString);
  }

  @Test
  void singleNamePatternsMatchAtAnyDepthAsRuffs() throws IOException {
    // Ruff: "foo.py" excludes any file named foo.py, ".mypy_cache" any such folder; the same
    // holds for per-file-ignores keys ("__init__.py" = [...]).
    Path proj = temp.resolve("proj");
    Path a = write("proj/pkg/app.py", SLEEPY);
    write("proj/pkg/generated/gen.py", SLEEPY);
    write("proj/pkg/__init__.py", SLEEPY);
    write(
        "proj/pyproject.toml",
        "[tool.asyncwright]\nexclude = [\"generated\"]\n\n"
            + "[tool.asyncwright.per-file-ignores]\n\"__init__.py\" = [\"AW101\"]\n");
    Run run = run("check", "-q", proj.toString());
    assertEquals(List.of(a + ":6:5: AW101"), findings(run), run::toString);
  }

  @Test
  void theNearestPyprojectConfiguresAndSingleFilesFindIt() throws IOException {
    Path proj = temp.resolve("proj");
    Path file = write("proj/pkg/app.py", EXECUTOR);
    write("proj/pyproject.toml", "[tool.asyncwright]\ntarget-version = \"py38\"\n");
    Run single = run("check", "--select", "AW201", file.toString());
    assertTrue(single.out().contains("the target is 3.8"), single::toString);
    write("proj/pkg/pyproject.toml", "[tool.asyncwright]\ntarget-version = \"py310\"\n");
    Run nearer = run("check", proj.resolve("pkg").toString());
    assertFalse(nearer.out().contains("no fix"), nearer::toString);
  }

  // ---- which files ----

  @Test
  void gitIgnoredFilesVirtualenvsAndCachesAreSkipped() throws IOException {
    Path proj = temp.resolve("proj");
    Files.createDirectories(proj.resolve(".git/info"));
    Files.writeString(proj.resolve(".git/info/exclude"), "private.py\n");
    write("proj/.gitignore", "generated/\n*_gen.py\n");
    Path kept = write("proj/src/app.py", SLEEPY);
    write("proj/src/thing_gen.py", SLEEPY);
    write("proj/generated/out.py", SLEEPY);
    write("proj/private.py", SLEEPY);
    write("proj/env/pyvenv.cfg", "home = /usr/bin\n");
    write("proj/env/lib/python3.11/site-packages/lib.py", SLEEPY);
    write("proj/.venv/lib.py", SLEEPY);
    write("proj/src/__pycache__/app.py", SLEEPY);
    write("proj/.git/hook.py", SLEEPY);
    write("proj/sub/.gitignore", "*.py\n!keep.py\n");
    write("proj/sub/drop.py", SLEEPY);
    Path keep = write("proj/sub/keep.py", SLEEPY);
    Run run = run("check", "-q", proj.toString());
    assertEquals(List.of(kept + ":6:5: AW101", keep + ":6:5: AW101"), findings(run), run::toString);

    // a subfolder checked alone still honours the .gitignore files above it
    Run sub = run("check", "-q", proj.resolve("src").toString());
    assertEquals(List.of(kept + ":6:5: AW101"), findings(sub), sub::toString);
  }

  @Test
  void outsideGitAGitignoreMeansNothingButVirtualenvsAreStillSkipped() throws IOException {
    Path proj = temp.resolve("plain");
    write("plain/.gitignore", "*.py\n");
    Path file = write("plain/app.py", SLEEPY);
    write("plain/myenv/pyvenv.cfg", "home = /usr/bin\n");
    write("plain/myenv/lib.py", SLEEPY);
    write("plain/__pycache__/x.py", SLEEPY);
    Run run = run("check", "-q", proj.toString());
    assertEquals(List.of(file + ":6:5: AW101"), findings(run), run::toString);
  }

  @Test
  void aRealGitRepositoryIsHonoured() throws Exception {
    Path proj = Files.createDirectories(temp.resolve("repo"));
    Process init;
    try {
      init =
          new ProcessBuilder("git", "init", "-q", proj.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException noGit) {
      Assumptions.abort("git is not installed");
      return;
    }
    assertEquals(0, init.waitFor());
    write("repo/.gitignore", "ignored.py\n");
    write("repo/ignored.py", SLEEPY);
    Path file = write("repo/pkg/app.py", SLEEPY);
    Run run = run("check", "-q", proj.toString());
    assertEquals(List.of(file + ":6:5: AW101"), findings(run), run::toString);
  }

  @Test
  void explicitFilesAreCheckedWhateverTheirName() throws IOException {
    Path script = write("proj/tool", "#!/usr/bin/env python3\n" + SLEEPY.substring(0));
    Run run = run("check", "-q", script.toString());
    assertEquals(1, run.status(), run::toString);
    assertEquals(List.of(script + ":7:5: AW101"), findings(run), run::toString);
  }

  // ---- the bundled sample ----

  /** The line that says where the copy of the sample is. */
  private static final Pattern SAMPLE_NOTE =
      Pattern.compile("Checking a fresh copy of the bundled sample project, in (.+)\\.");

  /** The sample copies the tests made, deleted after each test. */
  private final List<Path> sampleCopies = new ArrayList<>();

  @org.junit.jupiter.api.AfterEach
  void deleteTheSampleCopies() throws IOException {
    for (Path copy : sampleCopies) {
      // the temporary folder the copy was made in
      try (Stream<Path> files = Files.walk(copy.getParent())) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /** The copy named in the text (the first line of a text report, or standard error). */
  private Path sampleCopy(Run run, String text) {
    Matcher note = SAMPLE_NOTE.matcher(text.lines().findFirst().orElse(""));
    assertTrue(note.matches(), () -> "the first line does not say where the copy is:\n" + run);
    Path copy = Path.of(note.group(1));
    sampleCopies.add(copy);
    assertTrue(Files.isDirectory(copy.resolve(".git")), () -> copy + " is no Git repository");
    return copy;
  }

  @Test
  void sampleChecksAFreshCopyOfTheBundledSampleAndSaysWhere() throws IOException {
    Run run = run("check", "--sample");
    assertEquals(1, run.status(), run::toString);
    Path copy = sampleCopy(run, run.out());
    Path orders = copy.resolve("shop/orders.py");
    List<String> found = findings(run);
    assertTrue(found.contains(orders + ":40:5: AW101"), run::toString);
    assertTrue(found.stream().allMatch(line -> line.startsWith(copy + "/")), run::toString);
    // the sample's pyproject.toml is read: it targets 3.11, so the 3.11 rules run
    assertTrue(codes(run).containsAll(codes("AW302", "AW501", "AW502")), run::toString);
    assertTrue(run.out().contains("Target: Python 3.11, from requires-python"), run::toString);
    assertEquals("", run.err(), run::toString);

    Run again = run("check", "--sample", "--quiet");
    assertEquals(1, again.status(), again::toString);
    assertFalse(again.out().contains("Checking a fresh copy"), "--quiet: the findings only");
    assertFalse(again.out().contains(copy.toString()), "each run makes a copy of its own");
    sampleCopies.add(Path.of(findings(again).get(0).split(":")[0]).getParent().getParent());
  }

  @Test
  void sampleWithFixFixesTheCopyAndTheNextCopyIsFreshAgain() throws IOException {
    Run fixed = run("check", "--sample", "--fix", "--unsafe-fixes");
    Path copy = sampleCopy(fixed, fixed.out());
    String orders = Files.readString(copy.resolve("shop/orders.py"));
    assertTrue(orders.contains("await asyncio.sleep(0.01)"), orders);
    assertFalse(orders.contains("time.sleep"), orders);
    assertFalse(findings(fixed).contains(copy.resolve("shop/orders.py") + ":40:5: AW101"));

    Run next = run("check", "--sample");
    Path other = sampleCopy(next, next.out());
    assertFalse(other.equals(copy), next::toString);
    assertTrue(findings(next).contains(other.resolve("shop/orders.py") + ":40:5: AW101"));
  }

  @Test
  void sampleWithDiffPrintsOnlyThePatchAndWritesNothing() throws IOException {
    Run run = run("check", "--sample", "--diff", "--unsafe-fixes");
    assertEquals(1, run.status(), run::toString);
    Path copy = sampleCopy(run, run.err());
    Path orders = copy.resolve("shop/orders.py");
    assertTrue(run.out().startsWith("--- "), "the patch alone on standard output: " + run);
    assertTrue(run.out().contains("--- " + orders + "\n+++ " + orders + "\n"), run::toString);
    assertTrue(run.out().contains("\n-    time.sleep(0.01)  # give the warehouse a moment\n"));
    assertTrue(Files.readString(orders).contains("    time.sleep(0.01)"), "written: " + run);
  }

  @Test
  void sampleWithStatisticsOrJsonKeepsTheirShape() throws IOException {
    Run statistics = run("check", "--sample", "--statistics");
    assertEquals(1, statistics.status(), statistics::toString);
    sampleCopy(statistics, statistics.out());
    assertTrue(
        statistics.out().contains("    1\tAW101\t[ ] blocking-sleep\n"), statistics::toString);
    assertTrue(findings(statistics).isEmpty(), "the counts instead of the list: " + statistics);

    Run json = run("check", "--sample", "--output-format", "json");
    assertEquals(1, json.status(), json::toString);
    Path copy = sampleCopy(json, json.err());
    JsonNode report = parse(json);
    assertTrue(report.size() > 0, json::toString);
    assertTrue(report.get(0).get("filename").asText().startsWith(copy + "/"), json::toString);
  }

  @Test
  void sampleTakesNoPath() throws IOException {
    Run run = run("check", "--sample", temp.toString());
    assertEquals(2, run.status(), run::toString);
    assertTrue(run.err().contains("--sample"), run::toString);
    assertEquals("", run.out(), run::toString);
  }

  // ---- the top-level command ----

  @Test
  void helpSaysThatNoArgumentOpensTheWindowAndAFolderAloneOpensItOnThatFolder() {
    Run run = run("--help");
    assertEquals(0, run.status(), run::toString);
    String text = run.out().replaceAll("\\s+", " ");
    assertTrue(text.startsWith("Usage: asyncwright [FOLDER] asyncwright [-hV] COMMAND"), text);
    assertTrue(text.contains("With no argument, opens the window"), text);
    assertTrue(
        text.contains(
            "with a folder alone (asyncwright ~/src/app), opens the window on that folder"),
        text);
    assertTrue(text.contains("asyncwright check --sample check a fresh copy of the sample"), text);
    // what the launcher prints for a bare `asyncwright` when the CLI runs alone
    assertEquals(run.out(), run().out());
  }

  /** A file whose name is not valid UTF-8, made by the shell (Java cannot spell such a name). */
  private Path notUtf8Name(Path folder) throws Exception {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("plain.py"), SLEEPY);
    Process shell =
        new ProcessBuilder("sh", "-c", "mv plain.py \"$(printf 'bad\\377.py')\"")
            .directory(folder.toFile())
            .start();
    assertEquals(0, shell.waitFor());
    try (Stream<Path> files = Files.list(folder)) {
      return files.findFirst().orElseThrow();
    }
  }

  @Test
  void aFileWhoseNameIsNotUtf8IsFixedAsItIsNamed() throws Exception {
    Path file = notUtf8Name(temp.resolve("odd"));
    Run run = run("check", "--fix", "--unsafe-fixes", temp.resolve("odd"));
    assertEquals(0, run.status(), run::toString);
    assertEquals(SLEEPY_FIXED, Files.readString(file));
  }

  @Test
  void aFileWhoseNameIsNotUtf8IsNotFixedForACommitAndSaidSo() throws Exception {
    Path folder = temp.resolve("repo");
    Path file = notUtf8Name(folder);
    try (var git = org.eclipse.jgit.api.Git.init().setDirectory(folder.toFile()).call()) {
      var config = git.getRepository().getConfig();
      config.setString("user", null, "name", "Test Person");
      config.setString("user", null, "email", "test@example.com");
      config.save();
      Run run = run("check", "--fix", "--unsafe-fixes", "--commit", folder);
      assertTrue(run.err().contains("its name is not valid UTF-8"), run::toString);
      assertEquals(SLEEPY, Files.readString(file));
    }
  }

  @Test
  void asynciosOwnToThreadIsNotToldToCallItself() throws Exception {
    String body =
        "import asyncio\nfrom . import events\n\n\n"
            + "async def to_thread(func, /, *args):\n"
            + "    loop = events.get_running_loop()\n"
            + "    return await loop.run_in_executor(None, func, *args)\n";
    Path lib = temp.resolve("lib");
    Files.createDirectories(lib.resolve("asyncio"));
    Files.writeString(lib.resolve("asyncio/__init__.py"), "");
    Files.writeString(lib.resolve("asyncio/events.py"), "def get_running_loop():\n    pass\n");
    Files.writeString(lib.resolve("asyncio/threads.py"), body);
    Files.writeString(lib.resolve("asyncio/other.py"), body.replace("to_thread", "offload"));
    Run run = run("check", "--select", "AW201", "--target-version", "py311", lib);
    assertTrue(run.out().contains("other.py:7:18: AW201"), run::toString);
    assertFalse(run.out().contains("threads.py"), run::toString);
  }

  // ---- helpers ----

  private static Run run(Object... args) {
    return Run.of(args);
  }

  /** The findings of a text report as {@code path:row:col: CODE}. */
  private static List<String> findings(Run run) {
    List<String> found = new ArrayList<>();
    for (String line : run.outLines()) {
      Matcher matcher = FINDING.matcher(line);
      if (matcher.matches()) {
        found.add(
            matcher.group(1)
                + ":"
                + matcher.group(2)
                + ":"
                + matcher.group(3)
                + ": "
                + matcher.group(4));
      }
    }
    return found;
  }

  private static TreeSet<String> codes(Run run) {
    TreeSet<String> codes = new TreeSet<>();
    for (String line : findings(run)) {
      codes.add(line.substring(line.lastIndexOf(' ') + 1));
    }
    return codes;
  }

  private static TreeSet<String> codes(String... codes) {
    return new TreeSet<>(List.of(codes));
  }

  private static JsonNode parse(Run run) {
    try {
      return JSON.readTree(run.out());
    } catch (IOException e) {
      throw new AssertionError("not JSON:\n" + run, e);
    }
  }

  /** Applies edits given in 1-based rows and columns, as the JSON report gives them. */
  private static String applyJsonEdits(String text, JsonNode edits) {
    List<Object[]> list = new ArrayList<>();
    for (JsonNode edit : edits) {
      list.add(
          new Object[] {
            edit.get("location").get("row").asInt(),
            edit.get("location").get("column").asInt(),
            edit.get("end_location").get("row").asInt(),
            edit.get("end_location").get("column").asInt(),
            edit.get("content").asText()
          });
    }
    return applyEdits(text, list);
  }

  /** Edits as {startRow, startColumn, endRow, endColumn, content}, on an ASCII text. */
  private static String applyEdits(String text, List<Object[]> edits) {
    List<int[]> ranges = new ArrayList<>();
    for (Object[] edit : edits) {
      ranges.add(
          new int[] {
            offset(text, (int) edit[0], (int) edit[1]), offset(text, (int) edit[2], (int) edit[3])
          });
    }
    StringBuilder result = new StringBuilder(text);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < edits.size(); i++) {
      order.add(i);
    }
    order.sort((x, y) -> Integer.compare(ranges.get(y)[0], ranges.get(x)[0]));
    for (int i : order) {
      result.replace(ranges.get(i)[0], ranges.get(i)[1], (String) edits.get(i)[4]);
    }
    return result.toString();
  }

  private static int offset(String text, int row, int column) {
    int at = 0;
    for (int line = 1; line < row; line++) {
      at = text.indexOf('\n', at) + 1;
      assertTrue(at > 0, "row " + row + " is past the end");
    }
    return at + column - 1;
  }

  private Path write(String relative, String text) throws IOException {
    return write(relative, utf8(text));
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path file = temp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private static void assertNoTemporaryFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> left =
          files.filter(p -> p.getFileName().toString().contains("asyncwright")).toList();
      assertEquals(List.of(), left, "temporary files left behind");
    }
  }

  private static byte[] readQuietly(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    assertNotNull(all);
    return all;
  }
}
