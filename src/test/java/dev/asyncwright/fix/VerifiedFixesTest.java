package dev.asyncwright.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.python.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one way fixes become a new text, for {@code check --fix} and the window alike: only what
 * parses is kept, and a fix that breaks the parse is dropped on its own.
 */
class VerifiedFixesTest {

  private static final String TEXT = "a = 1\nb = 2\nc = 3\n";

  /** A fix that replaces the name at the start of line {@code line} (0-based) with {@code with}. */
  private static Fix rename(int line, String with) {
    return Fix.safe("rename", null, new Edit(line * 6, line * 6 + 1, with));
  }

  @Test
  void keepsEveryFixWhenTheResultParses() {
    Fix first = rename(0, "x");
    Fix last = rename(2, "z");

    VerifiedFixes.Result result =
        VerifiedFixes.apply(SourceFile.ofText("m.py", TEXT), List.of(last, first));

    assertEquals("x = 1\nb = 2\nz = 3\n", result.module().orElseThrow().source().text());
    assertEquals(List.of(first, last), result.applied());
    assertEquals(List.of(), result.dropped());
  }

  @Test
  void dropsOnlyTheFixWhoseResultDoesNotParse() {
    Fix good = rename(0, "x");
    Fix broken = rename(1, "(");
    Fix alsoGood = rename(2, "z");

    VerifiedFixes.Result result =
        VerifiedFixes.apply(SourceFile.ofText("m.py", TEXT), List.of(good, broken, alsoGood));

    assertEquals("x = 1\nb = 2\nz = 3\n", result.module().orElseThrow().source().text());
    assertEquals(List.of(good, alsoGood), result.applied());
    assertEquals(
        List.of(new VerifiedFixes.Dropped(broken, "its result would not parse")), result.dropped());
    assertEquals(
        "a fix for AW302 at line 2 was dropped: its result would not parse",
        result.dropped().get(0).describe("AW302", 2));
  }

  @Test
  void givesNoModuleWhenEveryFixBreaksTheParse() {
    VerifiedFixes.Result result =
        VerifiedFixes.apply(SourceFile.ofText("m.py", TEXT), List.of(rename(1, "(")));

    assertTrue(result.module().isEmpty());
    assertEquals(List.of(), result.applied());
    assertEquals(1, result.dropped().size());
  }

  @Test
  void leavesFixesThatBreakTheParseOnlyTogetherToAnotherRound() {
    // alone, each leaves a valid call; together they put a keyword argument before a positional
    // one: the first is taken, and the other waits for the next round, on the new text
    String text = "f(x, k=y)\n";
    Fix keyword = Fix.safe("keyword", null, new Edit(2, 3, "j=x"));
    Fix positional = Fix.safe("positional", null, Edit.delete(5, 7));

    VerifiedFixes.Result result =
        VerifiedFixes.apply(SourceFile.ofText("m.py", text), List.of(keyword, positional));

    assertEquals("f(j=x, k=y)\n", result.module().orElseThrow().source().text());
    assertEquals(List.of(keyword), result.applied());
    assertEquals(List.of(positional), result.deferred());
    assertEquals(List.of(), result.dropped());
  }

  @Test
  void dropsAFixWhoseResultTheFileEncodingCannotHold() throws Exception {
    byte[] latin1 = "# -*- coding: latin-1 -*-\na = 'é'\n".getBytes(StandardCharsets.ISO_8859_1);
    SourceFile source = SourceFile.decode("m.py", latin1);
    int quote = source.text().indexOf('\'');
    Fix euro = Fix.safe("euro", null, new Edit(quote + 1, quote + 2, "€"));

    VerifiedFixes.Result result = VerifiedFixes.apply(source, List.of(euro));

    assertTrue(result.module().isEmpty());
    assertEquals(
        List.of(
            new VerifiedFixes.Dropped(
                euro, "the file's encoding (ISO-8859-1) cannot hold its result")),
        result.dropped());
  }
}
