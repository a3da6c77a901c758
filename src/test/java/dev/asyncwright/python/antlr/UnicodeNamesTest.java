package dev.asyncwright.python.antlr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncwright.testing.Pythons;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The names {@code \N{...}} may use are those the newest Python here knows. */
class UnicodeNamesTest {

  @Test
  void everyCharacterNameOfTheNewestPythonIsKnown() throws Exception {
    Optional<Pythons.Interpreter> python = Pythons.newest(13);
    assumeTrue(python.isPresent(), "needs Python 3.13 or newer");
    List<String> names =
        python
            .get()
            .runCode(
                "import unicodedata\n"
                    + "for cp in range(0x110000):\n"
                    + "    name = unicodedata.name(chr(cp), None)\n"
                    + "    if name and not name.startswith('TANGUT IDEOGRAPH-'):\n"
                    + "        print(name)\n",
                List.of(),
                "")
            .lines()
            .toList();
    assertTrue(names.size() > 100_000, names.size() + " names");
    List<String> unknown = names.stream().filter(name -> !UnicodeNames.known(name)).toList();
    assertEquals(List.of(), unknown.subList(0, Math.min(20, unknown.size())));
  }

  @Test
  void aliasesAndAnyCaseAreKnownAndOtherNamesAreNot() {
    for (String name : List.of("LF", "nbsp", "ZWNBSP", "latin small letter a", "BYTE ORDER MARK")) {
      assertTrue(UnicodeNames.known(name), name);
    }
    for (String name : List.of("INVALID", " LATIN SMALL LETTER A", "HANGUL SYLLABLE 1")) {
      assertFalse(UnicodeNames.known(name), name);
    }
  }
}
