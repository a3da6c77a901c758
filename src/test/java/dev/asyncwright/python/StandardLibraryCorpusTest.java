package dev.asyncwright.python;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncwright.testing.Pythons;
import dev.asyncwright.testing.Pythons.Interpreter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code .py} file of a real standard library (site-packages left out), judged by that
 * interpreter's own {@code ast.parse}: what CPython accepts must parse and print back byte for
 * byte; what it rejects must give a syntax error, not an exception. Runs over the default {@code
 * python3} and, in the version matrix, over the newest pyenv interpreter (3.13 here, whose standard
 * library has PEP 701 f-strings and PEP 695 type parameters); skips what is absent.
 */
class StandardLibraryCorpusTest {

  /** Prints "ok PATH" or "error PATH" for every file, as CPython judges it. */
  private static final String ORACLE =
      """
      import ast, os, sys, warnings
      warnings.simplefilter('ignore')
      root = sys.argv[1]
      for folder, dirs, files in os.walk(root):
          dirs[:] = sorted(d for d in dirs if d != 'site-packages')
          for name in sorted(files):
              if name.endswith('.py'):
                  path = os.path.join(folder, name)
                  with open(path, 'rb') as f:
                      source = f.read()
                  try:
                      ast.parse(source, path)
                      print('ok', path)
                  except (SyntaxError, ValueError):
                      print('error', path)
      """;

  static Stream<Interpreter> defaultPython() {
    return Pythons.python3().stream();
  }

  /** The newest pyenv interpreter, when its standard library is another than python3's. */
  static Stream<Interpreter> newestPython() {
    Optional<Path> usual = Pythons.python3().map(Interpreter::stdlib);
    return Pythons.newest(0).filter(python -> !Optional.of(python.stdlib()).equals(usual)).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaultPython")
  void parsesWhatTheDefaultPythonAcceptsAndRejectsTheRest(Interpreter python) throws Exception {
    parsesWhatCPythonAcceptsAndRejectsTheRest(python);
  }

  /** Part of the version matrix (see CONTRIBUTING): {@code mvn verify -Pversion-matrix}. */
  @Tag("version-matrix")
  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("newestPython")
  void parsesWhatTheNewestPythonAcceptsAndRejectsTheRest(Interpreter python) throws Exception {
    parsesWhatCPythonAcceptsAndRejectsTheRest(python);
  }

  private static void parsesWhatCPythonAcceptsAndRejectsTheRest(Interpreter python)
      throws Exception {
    assumeTrue(Files.isDirectory(python.stdlib()), "no standard library at " + python.stdlib());
    List<String[]> verdicts = new ArrayList<>();
    for (String line :
        python.runCode(ORACLE, List.of(python.stdlib().toString()), "").lines().toList()) {
      int space = line.indexOf(' ');
      verdicts.add(new String[] {line.substring(0, space), line.substring(space + 1)});
    }
    assertTrue(verdicts.size() > 1000, "the oracle judged only " + verdicts.size() + " files");

    ExecutorService pool = ParserThreads.pool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<String>> problems = new ArrayList<>();
      for (String[] verdict : verdicts) {
        problems.add(pool.submit(() -> check(verdict[0].equals("ok"), Path.of(verdict[1]))));
      }
      List<String> found = new ArrayList<>();
      for (Future<String> problem : problems) {
        String text = problem.get();
        if (text != null) {
          found.add(text);
        }
      }
      assertTrue(
          found.isEmpty(),
          () ->
              found.size()
                  + " of "
                  + verdicts.size()
                  + " files disagree with "
                  + python
                  + ":\n"
                  + String.join("\n", found.subList(0, Math.min(found.size(), 30))));
    } finally {
      pool.shutdownNow();
    }
  }

  /** What is wrong with our verdict on one file, or null. */
  private static String check(boolean valid, Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ParseResult result;
    try {
      result = ParserThreads.parser().parse(file.toString(), bytes);
    } catch (RuntimeException e) {
      return file + ": parser threw " + e;
    }
    if (!valid) {
      return result instanceof SyntaxError ? null : file + ": CPython rejects it, we accept it";
    }
    if (result instanceof SyntaxError error) {
      return error + " (CPython accepts it)";
    }
    ParsedModule module = (ParsedModule) result;
    try {
      byte[] reprinted = module.source().encode(module.reprint());
      int mismatch = Arrays.mismatch(bytes, reprinted);
      return mismatch < 0 ? null : file + ": round-trip mismatch at byte " + mismatch;
    } catch (CharacterCodingException e) {
      return file + ": cannot encode the reprinted text: " + e;
    }
  }
}
