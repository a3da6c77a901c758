package dev.asyncwright.python;

import static dev.asyncwright.python.Snippets.invalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncwright.python.Snippets.Invalid;
import dev.asyncwright.testing.Pythons;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Python 3.14 and 3.15 syntax (t-strings, {@code except A, B:}, lazy imports, unpacking in
 * comprehensions) and the last forms where we disagreed with CPython: the files of {@code
 * src/test/resources/syntax/valid} parse, print back byte for byte, and record as their newest
 * feature the version their first line names; the invalid cases below are refused with CPython's
 * position and message. No interpreter here is new enough to judge the cases; where one is (3.15 or
 * newer), {@link #cpythonAgrees} asks it.
 */
class NewSyntaxCorpusTest {

  private static final Pattern NEEDS = Pattern.compile("^# needs: (py3\\d+)");

  private final ModuleParser parser = new ModuleParser();

  static Stream<Path> validFiles() throws IOException, URISyntaxException {
    Path folder = Path.of(NewSyntaxCorpusTest.class.getResource("/syntax/valid").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".py")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void parsesPrintsBackAndNeedsTheVersionItSays(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    ParseResult result = parser.parse(file.getFileName().toString(), bytes);
    ParsedModule module = assertInstanceOf(ParsedModule.class, result, result::toString);
    assertEquals(new String(bytes, StandardCharsets.UTF_8), module.reprint());
    Matcher needs = NEEDS.matcher(module.source().text());
    assertTrue(needs.find(), "the file's first line says which Python it needs");
    PythonVersion newest =
        module.syntaxUses().stream()
            .map(use -> use.feature().introduced())
            .max(Comparator.naturalOrder())
            .orElseThrow();
    assertEquals(PythonVersion.parse(needs.group(1)), newest, "the newest feature it uses");
  }

  static Stream<Invalid> invalidCases() {
    return INVALID.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void refusesWhatCPythonRefuses(Invalid snippet) {
    Snippets.assertRefused(parser, snippet);
  }

  /** Where a Python of 3.15 or newer is installed, it must agree with every case. */
  @Test
  void cpythonAgrees() throws Exception {
    Optional<Pythons.Interpreter> python = Pythons.newest(15);
    assumeTrue(python.isPresent(), "needs Python 3.15 or newer");
    List<String> codes = new ArrayList<>();
    for (Path file : validFiles().toList()) {
      codes.add(Files.readString(file));
    }
    INVALID.forEach(snippet -> codes.add(snippet.code()));
    List<String> lines = Snippets.verdicts(python.get(), codes);
    int valid = codes.size() - INVALID.size();
    for (int i = 0; i < codes.size(); i++) {
      assertEquals(i < valid ? "ok" : "error", lines.get(i), codes.get(i));
    }
  }

  private static final String MIX = "cannot mix t-string literals with string or bytes literals";
  private static final String CONVERSION =
      "invalid conversion character 'z': expected 's', 'r', or 'a'";
  private static final String AS = "multiple exception types must be parenthesized when using 'as'";

  static final List<Invalid> INVALID =
      List.of(
          invalid("t-string then string", "t'{what}' 'str'\n", 1, 1, MIX),
          invalid("string then t-string", "'str' t'{what}'\n", 1, 1, MIX),
          invalid("t-string then f-string", "x = t'a' f'b'\n", 1, 5, MIX),
          invalid("raw string then t-string", "x = 'a' r'b' t'c'\n", 1, 9, MIX),
          invalid("bytes then t-string", "b'a' t'b'\n", 1, 1, MIX),
          invalid("t-string then raw bytes", "t'a' t'b' br'c'\n", 1, 6, MIX),
          invalid("t-string conversion z", "t'{num!z}'\n", 1, 8, "t-string: " + CONVERSION),
          invalid("t-string inside f-string", "f\"{t'{x!z}'}\"\n", 1, 9, "t-string: " + CONVERSION),
          invalid("f-string inside t-string", "t'{f\"{x!z}\"}'\n", 1, 9, "f-string: " + CONVERSION),
          invalid("single closing brace", "t'}'\n", 1, 3, "t-string: single '}' is not allowed"),
          invalid("unterminated t-string", "t'abc\n", 1, 6, "unterminated t-string literal"),
          invalid(
              "unterminated triple-quoted t-string",
              "x = t'''abc\n",
              2,
              1,
              "unterminated triple-quoted t-string literal"),
          invalid("field left open at the quote", "t'{a'\n", 1, 5, "t-string: expecting '}'"),
          invalid("unclosed field", "t'{\n", 1, 3, "'{' was never closed"),
          invalid(
              "newline in a format spec",
              "t'{1:d\n}'\n",
              1,
              7,
              "t-string: newlines are not allowed in format specifiers"),
          invalid("empty field", "t'{}'\n", 1, 4, "t-string: valid expression required before '}'"),
          invalid(
              "lambda in a field",
              "t'{lambda:1}'\n",
              1,
              4,
              "t-string: lambda expressions are not allowed without parentheses"),
          invalid("missing conversion", "t'{x!}'\n", 1, 6, "invalid syntax"),
          invalid("assignment to a t-string", "t'{x}' = 1\n", 1, 1, "cannot assign to t-string"),
          invalid(
              "except types and as",
              "try:\n    pass\nexcept ValueError, TypeError as e:\n    pass\n",
              3,
              8,
              AS),
          invalid(
              "except* types and as",
              "try:\n    pass\nexcept* ValueError, TypeError as e:\n    pass\n",
              3,
              9,
              AS),
          invalid(
              "empty except type",
              "try:\n    pass\nexcept A,, B:\n    pass\n",
              3,
              10,
              "invalid syntax"),
          invalid("lazy without a name", "lazy import\n", 1, 12, "invalid syntax"),
          invalid("lazy twice", "lazy lazy import x\n", 1, 6, "invalid syntax"),
          invalid("lazy before def", "lazy def f(): pass\n", 1, 6, "invalid syntax"),
          invalid("lazy after import", "import lazy json\n", 1, 13, "invalid syntax"),
          invalid("lazy from without names", "lazy from . import\n", 1, 19, "invalid syntax"),
          invalid(
              "dict unpacking in a list comprehension",
              "[**d for d in ds]\n",
              1,
              2,
              "cannot use dict unpacking in list comprehension"),
          invalid(
              "dict unpacking in a generator",
              "(**d for d in ds)\n",
              1,
              2,
              "cannot use dict unpacking in generator expression"),
          invalid("starred key of a dict comprehension", "{*a: b for a in c}\n", 1, 4, ""),
          invalid("dict unpacking in a list", "[a, **d]\n", 1, 5, "cannot use dict unpacking here"),
          invalid(
              "dict unpacking alone in parentheses",
              "(**d)\n",
              1,
              2,
              "cannot use double starred expression here"),
          invalid(
              "unpacking generator beside an argument",
              "f(*x for x in y, 1)\n",
              1,
              3,
              "Generator expression must be parenthesized"),
          invalid(
              "argument beside an unpacking generator",
              "f(1, *x for x in y)\n",
              1,
              6,
              "Generator expression must be parenthesized"),
          invalid(
              "starred comparison in a comprehension",
              "[*a < b for a in c]\n",
              1,
              5,
              "invalid syntax"),
          invalid(
              "starred alone in a subject",
              "match *x:\n    case 1: pass\n",
              1,
              9,
              "invalid syntax"));
}
