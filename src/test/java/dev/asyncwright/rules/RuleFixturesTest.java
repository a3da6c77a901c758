package dev.asyncwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.asyncwright.engine.FileChecker;
import dev.asyncwright.engine.FileResult;
import dev.asyncwright.engine.Settings;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.UndecodableSourceException;
import dev.asyncwright.semantic.ProjectIndex;
import dev.asyncwright.testing.Pythons;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fixtures of every rule, in {@code src/test/resources/rules/<CODE>/}:
 *
 * <ul>
 *   <li>{@code NAME.py}: input; a line that must give a finding ends with a marker, {@code # error:
 *       CODE} and what the finding's fix is: {@code safe}, {@code unsafe}, {@code advice only} (a
 *       rule that never fixes), or {@code withheld: WORDS} (the reason holds the words), as in
 *       {@code # error: AW302 unsafe}; no other line may give one (files without markers are the
 *       negative cases);
 *   <li>{@code NAME.findings}: what the findings say (see {@link #assertMessages});
 *   <li>{@code NAME.fixed.py}: the input after the rule's fixes, unsafe ones included; fixing it
 *       again changes nothing. Without it, fixing must leave the input as it is;
 *   <li>a first line {@code # target: py310} sets the target Python (default py311);
 *   <li>a line {@code # runnable} marks a program whose output must not change with the fix: it
 *       runs before and after fixing on every Python from 3.11 found on the machine; {@code #
 *       runnable: py37-py310} names the versions instead, for a program that only runs on older
 *       ones (one using what 3.11 removed).
 * </ul>
 */
class RuleFixturesTest {

  private static final Pattern MARKER =
      Pattern.compile(
          "#\\s*error:\\s*([A-Z]+\\d+(?:\\s*,\\s*[A-Z]+\\d+)*)"
              + "(?:\\s+(safe|unsafe|advice only|withheld:\\s*(.+?)))?\\s*$",
          Pattern.MULTILINE);
  private static final Pattern TARGET = Pattern.compile("^# target: (py\\d+)", Pattern.MULTILINE);
  private static final Pattern RUNNABLE =
      Pattern.compile("^# runnable(?:: py3(\\d+)-py3(\\d+))?\\s*$", Pattern.MULTILINE);
  private static final int OLDEST_BY_DEFAULT = 11;

  @TestFactory
  Stream<DynamicNode> everyRulesFixtures() throws IOException, URISyntaxException {
    Path root = Path.of(RuleFixturesTest.class.getResource("/rules").toURI());
    List<DynamicNode> rules = new ArrayList<>();
    for (Rule rule : RuleRegistry.all()) {
      Path folder = root.resolve(rule.code());
      List<DynamicNode> cases = new ArrayList<>();
      try (Stream<Path> files = Files.list(folder)) {
        for (Path input : files.sorted().toList()) {
          String name = input.getFileName().toString();
          if (!name.endsWith(".py") || name.endsWith(".fixed.py")) {
            continue;
          }
          cases.add(dynamicTest(name, () -> checkFixture(rule, input)));
        }
      }
      rules.add(DynamicContainer.dynamicContainer(rule.code() + " " + rule.name(), cases));
    }
    return rules.stream();
  }

  @Test
  void everyRuleHasFixturesWithFindingsAndNegativeCases() throws Exception {
    Path root = Path.of(RuleFixturesTest.class.getResource("/rules").toURI());
    for (Rule rule : RuleRegistry.all()) {
      Path folder = root.resolve(rule.code());
      assertTrue(Files.isDirectory(folder), "no fixtures for " + rule.code());
      boolean positive = false;
      boolean negative = false;
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.toList()) {
          if (!file.toString().endsWith(".py") || file.toString().endsWith(".fixed.py")) {
            continue;
          }
          String text = Files.readString(file);
          boolean marked = MARKER.matcher(text).find();
          positive |= marked;
          negative |= !marked || text.contains("# ok");
        }
      }
      assertTrue(positive, rule.code() + " has no fixture that must give a finding");
      assertTrue(negative, rule.code() + " has no negative fixture");
    }
  }

  private static void checkFixture(Rule rule, Path input) throws Exception {
    SourceFile source = read(input);
    Settings settings = new Settings(List.of(rule), target(source.text()), true);
    FileChecker checker = new FileChecker(settings, ProjectIndex.EMPTY);

    FileResult checked = checker.check(source);
    assertTrue(
        checked.syntaxError().isEmpty(), () -> "fixture does not parse: " + checked.syntaxError());
    assertTrue(checked.problems().isEmpty(), () -> checked.problems().toString());
    assertEquals(expected(source.text()), found(source, checked), "findings (line: code)");
    assertOutcomes(source, checked);
    assertMessages(input, source, checked);

    Path expectedFix =
        input.resolveSibling(input.getFileName().toString().replace(".py", ".fixed.py"));
    // without NAME.fixed.py, the rule's fixes (if any) must leave the file as it is
    boolean changes = Files.exists(expectedFix);
    FileResult fixed = checker.fix(source);
    assertTrue(fixed.problems().isEmpty(), () -> fixed.problems().toString());
    String want = changes ? Files.readString(expectedFix, source.charset()) : source.text();
    assertEquals(want, fixed.result().text(), "the file after fixing");
    FileResult again = checker.fix(fixed.result());
    assertEquals(want, again.result().text(), "fixing twice changes nothing the second time");

    Matcher runnable = RUNNABLE.matcher(source.text());
    if (changes && runnable.find()) {
      int oldest =
          runnable.group(1) == null ? OLDEST_BY_DEFAULT : Integer.parseInt(runnable.group(1));
      int newest =
          runnable.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(runnable.group(2));
      sameOutputBeforeAndAfter(input, expectedFix, oldest, newest);
    }
  }

  /**
   * Runs the program before and after the fix on every Python from 3.{oldest} to 3.{newest} here:
   * same output.
   */
  private static void sameOutputBeforeAndAfter(Path before, Path after, int oldest, int newest)
      throws IOException {
    List<Pythons.Interpreter> pythons = new ArrayList<>();
    for (Pythons.Interpreter python : Pythons.pyenv()) {
      if (python.minor() >= oldest && python.minor() <= newest) {
        pythons.add(python);
      }
    }
    Pythons.python3()
        .filter(p -> p.minor() >= oldest && p.minor() <= newest && pythons.isEmpty())
        .ifPresent(pythons::add);
    // every run at once: the programs mostly wait (on sleeps, on their event loop)
    List<Future<String>> befores = new ArrayList<>();
    List<Future<String>> afters = new ArrayList<>();
    for (Pythons.Interpreter python : pythons) {
      befores.add(
          PROGRAMS.submit(() -> Pythons.run(python.executable(), List.of(before.toString()), "")));
      afters.add(
          PROGRAMS.submit(() -> Pythons.run(python.executable(), List.of(after.toString()), "")));
    }
    for (int i = 0; i < pythons.size(); i++) {
      String out1 = output(befores.get(i));
      String out2 = output(afters.get(i));
      assertTrue(!out1.isBlank(), "the program printed nothing on " + pythons.get(i));
      assertEquals(out1, out2, "output before and after the fix on " + pythons.get(i));
    }
  }

  /** Runs the fixtures' programs: daemon threads, so that the test JVM need not stop them. */
  private static final ExecutorService PROGRAMS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "fixture program");
            thread.setDaemon(true);
            return thread;
          });

  private static String output(Future<String> run) throws IOException {
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    }
  }

  private static SourceFile read(Path file) throws IOException {
    try {
      return SourceFile.decode(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (UndecodableSourceException e) {
      fail(e);
      throw new AssertionError(e);
    }
  }

  private static PythonVersion target(String text) {
    Matcher matcher = TARGET.matcher(text);
    return matcher.find() ? PythonVersion.parse(matcher.group(1)) : new PythonVersion(11);
  }

  private static TreeSet<String> expected(String text) {
    TreeSet<String> expected = new TreeSet<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = MARKER.matcher(lines[i]);
      if (matcher.find()) {
        for (String code : matcher.group(1).split("\\s*,\\s*")) {
          expected.add(String.format("%04d: %s", i + 1, code));
        }
      }
    }
    return expected;
  }

  /**
   * What a marker says of its finding's fix, where it says it: {@code # error: AW302 unsafe},
   * {@code safe}, {@code advice only}, or {@code withheld: WORDS} (the reason given holds the
   * words).
   */
  private static void assertOutcomes(SourceFile source, FileResult result) {
    String[] lines = source.text().split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher marker = MARKER.matcher(lines[i]);
      if (!marker.find()) {
        continue;
      }
      int line = i + 1;
      assertNotNull(
          marker.group(2),
          () ->
              "line "
                  + line
                  + ": the marker must say what the fix is (safe, unsafe, advice only or"
                  + " withheld: WORDS)");
      for (String code : marker.group(1).split("\\s*,\\s*")) {
        Finding finding =
            result.findings().stream()
                .filter(f -> f.code().equals(code))
                .filter(f -> source.positionOfCodePoint(f.start()).line() == line)
                .findFirst()
                .orElseThrow();
        String outcome = outcome(finding);
        String want = marker.group(2);
        if (marker.group(3) != null) {
          assertTrue(
              outcome.startsWith("withheld: ") && outcome.contains(marker.group(3)),
              () ->
                  "line " + line + ": want withheld for '" + marker.group(3) + "', got " + outcome);
        } else {
          assertEquals(want, outcome, "line " + line + ": the fix of " + code);
        }
      }
    }
  }

  /**
   * The findings as a reader sees them, in {@code NAME.findings}: for each, {@code LINE:COLUMN CODE
   * MESSAGE}, then {@code = OUTCOME} with the fix's message or the reason it is withheld. A fixture
   * without findings needs no such file. With {@code -Dfixtures.write=true} the file is written
   * instead of compared, to be read and judged in the diff before it is committed.
   */
  private static void assertMessages(Path input, SourceFile source, FileResult result)
      throws IOException {
    StringBuilder shown = new StringBuilder();
    for (Finding finding : result.findings()) {
      var position = source.positionOfCodePoint(finding.start());
      shown.append(
          String.format(
              "%d:%d %s %s%n",
              position.line(), position.column(), finding.code(), finding.message()));
      shown.append("  = ").append(outcome(finding));
      finding.fix().ifPresent(fix -> shown.append(": ").append(fix.message()));
      shown.append('\n');
    }
    Path snapshot =
        input.resolveSibling(input.getFileName().toString().replace(".py", ".findings"));
    if (Boolean.getBoolean("fixtures.write")) {
      // into the source tree (the copy the test reads is remade by the build)
      Path original = sourceOf(snapshot);
      if (shown.isEmpty()) {
        Files.deleteIfExists(original);
      } else {
        Files.writeString(original, shown.toString());
      }
      return;
    }
    String want = Files.exists(snapshot) ? Files.readString(snapshot) : "";
    assertEquals(
        want,
        shown.toString(),
        snapshot.getFileName()
            + ": the findings' messages and fixes (-Dfixtures.write=true rewrites it)");
  }

  /**
   * The file in src/test/resources (from the project's folder, where Maven runs the tests) that a
   * test resource's copy on the class path stands for.
   */
  private static Path sourceOf(Path copy) throws IOException {
    try {
      Path classPathRoot =
          Path.of(RuleFixturesTest.class.getResource("/rules").toURI()).getParent();
      return Path.of("src", "test", "resources").resolve(classPathRoot.relativize(copy));
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  /**
   * {@code safe}, {@code unsafe}, {@code withheld: WHY} or {@code advice only} (no fix, and no
   * reason: the rule never fixes).
   */
  private static String outcome(Finding finding) {
    if (finding.fix().isPresent()) {
      return finding.fix().get().applicability().name().toLowerCase().replace('_', '-');
    }
    return finding.withheld() != null ? "withheld: " + finding.withheld() : "advice only";
  }

  private static TreeSet<String> found(SourceFile source, FileResult result) {
    TreeSet<String> found = new TreeSet<>();
    for (Finding finding : result.findings()) {
      found.add(
          String.format(
              "%04d: %s", source.positionOfCodePoint(finding.start()).line(), finding.code()));
    }
    return found;
  }
}
