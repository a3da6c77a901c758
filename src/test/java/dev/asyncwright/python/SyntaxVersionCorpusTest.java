package dev.asyncwright.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncwright.testing.Pythons;
import dev.asyncwright.testing.Pythons.Interpreter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The uses of version-gated syntax the parser records (what AW002 reports) name the Python a file
 * needs: over the standard library of the newest interpreter here (3.13), every older one from 3.8
 * on rejects exactly the files that use syntax newer than itself. A file it rejects without such a
 * use is syntax we do not know to be new; a file it accepts despite one is a use we record wrongly.
 */
@Tag("version-matrix")
class SyntaxVersionCorpusTest {

  /** Reads paths on standard input; prints ok, error (a SyntaxError) or crash for each. */
  private static final String ORACLE =
      """
      import ast, sys, warnings
      warnings.simplefilter('ignore')
      for path in sys.stdin.read().splitlines():
          with open(path, 'rb') as f:
              source = f.read()
          try:
              ast.parse(source, path)
              print('ok')
          except SyntaxError:
              print('error')
          except Exception:
              # 3.12.1's ast.parse fails with a ValueError on one f-string test: no verdict
              print('crash')
      """;

  private static Map<Path, List<SyntaxUse>> newestUses;

  static Stream<Interpreter> olderInterpreters() {
    Optional<Interpreter> newest = Pythons.newest(13);
    if (newest.isEmpty()) {
      return Stream.empty();
    }
    return Pythons.pyenv().stream()
        .filter(python -> python.minor() >= 8 && python.minor() < newest.get().minor());
  }

  // no pyenv (a CI machine): no older Python to judge, nothing to run
  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("olderInterpreters")
  void anOlderPythonRejectsExactlyTheFilesUsingNewerSyntax(Interpreter older) throws Exception {
    Map<Path, List<SyntaxUse>> uses = newestUses();
    List<Path> files = new ArrayList<>(uses.keySet());
    List<String> verdicts = verdicts(older, files);
    assertEquals(files.size(), verdicts.size(), "the oracle judged every file");
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (verdicts.get(i).equals("crash")) {
        continue;
      }
      boolean rejected = verdicts.get(i).equals("error");
      List<SyntaxUse> newer =
          uses.get(files.get(i)).stream()
              .filter(use -> use.feature().introduced().minor() > older.minor())
              .toList();
      if (rejected && newer.isEmpty()) {
        disagreements.add(files.get(i) + ": " + older + " rejects it; no newer syntax recorded");
      } else if (!rejected && !newer.isEmpty()) {
        disagreements.add(
            files.get(i) + ": " + older + " accepts it, yet it uses " + newer.get(0).feature());
      }
    }
    assertTrue(
        disagreements.isEmpty(),
        () -> disagreements.size() + " disagreements:\n" + String.join("\n", disagreements));
  }

  private static Map<Interpreter, Future<List<String>>> verdicts;

  /**
   * What the older Python says of each file. The first call starts every older Python's run, as
   * many at once as there are cores: each judges some 2,000 files on one core.
   */
  private static synchronized List<String> verdicts(Interpreter older, List<Path> files)
      throws Exception {
    if (verdicts == null) {
      verdicts = new java.util.HashMap<>();
      String input = String.join("\n", files.stream().map(Path::toString).toList());
      ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(
              Runtime.getRuntime().availableProcessors());
      olderInterpreters()
          .forEach(
              python ->
                  verdicts.put(
                      python,
                      pool.submit(
                          () -> python.runCode(ORACLE, List.of(), input).lines().toList())));
      pool.shutdown(); // the runs go on; the pool's threads end with them
    }
    return verdicts.get(older).get();
  }

  /** The syntax uses of every file of the newest standard library that parses, parsed once. */
  private static synchronized Map<Path, List<SyntaxUse>> newestUses() throws Exception {
    if (newestUses != null) {
      return newestUses;
    }
    Interpreter newest = Pythons.newest(13).orElseThrow();
    assumeTrue(Files.isDirectory(newest.stdlib()), "no standard library at " + newest.stdlib());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(newest.stdlib())) {
      files =
          walk.filter(path -> path.toString().endsWith(".py"))
              .filter(path -> !path.toString().contains("site-packages"))
              .sorted()
              .toList();
    }
    ExecutorService pool = ParserThreads.pool(Runtime.getRuntime().availableProcessors());
    try {
      Map<Path, Future<ParseResult>> parsed = new TreeMap<>();
      for (Path file : files) {
        parsed.put(file, pool.submit(() -> parse(file)));
      }
      Map<Path, List<SyntaxUse>> uses = new TreeMap<>();
      for (Map.Entry<Path, Future<ParseResult>> entry : parsed.entrySet()) {
        if (entry.getValue().get() instanceof ParsedModule module) {
          uses.put(entry.getKey(), module.syntaxUses());
        }
      }
      assertTrue(uses.size() > 1000, "only " + uses.size() + " files parsed");
      newestUses = uses;
      return uses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static ParseResult parse(Path file) throws IOException {
    return ParserThreads.parser().parse(file.toString(), Files.readAllBytes(file));
  }
}
