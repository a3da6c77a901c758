package dev.asyncwright.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.python.ParseResult;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.ParserThreads;
import dev.asyncwright.python.SourceFile;
import org.junit.jupiter.api.Test;

/** {@link Noqa} comments. */
class NoqaTest {

  @Test
  void bareNoqaSuppressesEveryCode() {
    Noqa noqa = noqa("x = 1  # noqa\ny = 2\n");
    assertTrue(noqa.suppresses(1, "AW101"));
    assertTrue(noqa.suppresses(1, "AW401"));
    assertFalse(noqa.suppresses(2, "AW101"), "only its own line");
    assertTrue(noqa("x = 1  #noqa\n").suppresses(1, "AW201"));
    assertTrue(noqa("x = 1  # NoQA\n").suppresses(1, "AW201"));
  }

  @Test
  void noqaWithCodesSuppressesThoseOnly() {
    Noqa noqa = noqa("a = 1  # noqa: AW101\nb = 2  # noqa:AW201\n");
    assertTrue(noqa.suppresses(1, "AW101"));
    assertFalse(noqa.suppresses(1, "AW102"));
    assertFalse(noqa.suppresses(1, "AW201"));
    assertTrue(noqa.suppresses(2, "AW201"));
    assertFalse(noqa.suppresses(2, "AW101"));
  }

  @Test
  void codesAreCaseInsensitive() {
    Noqa noqa = noqa("a = 1  # NOQA: aw101\n");
    assertTrue(noqa.suppresses(1, "AW101"));
    assertFalse(noqa.suppresses(1, "AW102"));
  }

  @Test
  void severalCodesWithCommasOrSpaces() {
    Noqa commas = noqa("a = 1  # noqa: AW101, AW201,AW401\n");
    assertTrue(commas.suppresses(1, "AW101"));
    assertTrue(commas.suppresses(1, "AW201"));
    assertTrue(commas.suppresses(1, "AW401"));
    assertFalse(commas.suppresses(1, "AW102"));
    Noqa spaces = noqa("a = 1  # noqa: AW101 AW201\n");
    assertTrue(spaces.suppresses(1, "AW201"));
    assertFalse(spaces.suppresses(1, "AW102"));
  }

  @Test
  void noqaAmongOtherComments() {
    Noqa noqa =
        noqa(
            "a = 1  # type: ignore  # noqa: AW101\n"
                + "b = 2  # noqa: AW102 because the loop is not running yet\n"
                + "c = 3  # this mentions noqa but is no suppression\n"
                + "d = '# noqa'\n"
                + "# noqa: AW103\n"
                + "e = 5\n");
    assertTrue(noqa.suppresses(1, "AW101"));
    assertFalse(noqa.suppresses(1, "AW201"));
    assertTrue(noqa.suppresses(2, "AW102"));
    assertFalse(noqa.suppresses(2, "AW101"), "words after the codes are not codes");
    assertFalse(noqa.suppresses(3, "AW101"));
    assertFalse(noqa.suppresses(4, "AW101"), "a string is not a comment");
    assertTrue(noqa.suppresses(5, "AW103"));
    assertFalse(noqa.suppresses(6, "AW103"), "a comment on its own line covers that line only");
  }

  @Test
  void noqaOnCrlfAndContinuedLines() {
    Noqa noqa = noqa("a = (1,\r\n     2)  # noqa: AW101\r\nb = 3  # noqa\r\n");
    assertFalse(noqa.suppresses(1, "AW101"));
    assertTrue(noqa.suppresses(2, "AW101"));
    assertTrue(noqa.suppresses(3, "AW999"));
  }

  private static Noqa noqa(String text) {
    ParseResult parsed = ParserThreads.parser().parse(SourceFile.ofText("t.py", text));
    assertTrue(parsed instanceof ParsedModule, () -> "does not parse: " + parsed);
    return Noqa.of((ParsedModule) parsed);
  }
}
