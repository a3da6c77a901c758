package dev.asyncwright.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.testing.Pythons;
import java.io.IOException;
import java.util.List;

/** Snippets the parser must refuse, and what a CPython says of snippets. */
final class Snippets {

  private Snippets() {}

  /** Code CPython refuses, with the line, column and (part of the) message it gives. */
  record Invalid(String name, String code, int line, int column, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Invalid invalid(String name, String code, int line, int column, String message) {
    return new Invalid(name, code, line, column, message);
  }

  /** The parser refuses the snippet where CPython does, saying what CPython says. */
  static void assertRefused(ModuleParser parser, Invalid snippet) {
    ParseResult result = parser.parse(SourceFile.ofText("t.py", snippet.code()));
    SyntaxError error = assertInstanceOf(SyntaxError.class, result, result::toString);
    assertEquals(
        snippet.line() + ":" + snippet.column(),
        error.line() + ":" + error.column(),
        error::toString);
    assertTrue(
        error.message().contains(snippet.message()),
        () -> "expected '" + snippet.message() + "' in: " + error);
  }

  /** CPython's {@code ast.parse} on each code: "ok" or "error", in order. */
  static List<String> verdicts(Pythons.Interpreter python, List<String> codes) throws IOException {
    String out =
        python.runCode(
            "import ast, json, sys, warnings\n"
                + "warnings.simplefilter('ignore')\n"
                + "for code in json.load(sys.stdin):\n"
                + "    try:\n"
                + "        ast.parse(code.encode('utf-8'))\n"
                + "        print('ok')\n"
                + "    except (SyntaxError, ValueError):\n"
                + "        print('error')\n",
            List.of(),
            Json.array(codes));
    List<String> lines = out.lines().toList();
    assertEquals(codes.size(), lines.size(), out);
    return lines;
  }
}
