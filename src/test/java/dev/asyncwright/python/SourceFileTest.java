package dev.asyncwright.python;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SourceFile#decode}: the encoding from a BOM or a PEP 263 cookie, errors for what Python
 * would refuse, byte-for-byte round trips, newline style, line counts and positions.
 */
class SourceFileTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final Charset KOI8_R = Charset.forName("KOI8-R");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  // ---- encodings ----

  @Test
  void decodesUtf8WhenThereIsNoCookie() throws Exception {
    SourceFile source = decode(utf8("s = 'caf\u00e9 \u20ac \ud83d\ude00'\n"));
    assertEquals(StandardCharsets.UTF_8, source.charset());
    assertFalse(source.hasBom());
    assertEquals("s = 'caf\u00e9 \u20ac \ud83d\ude00'\n", source.text());
    assertEquals("t.py", source.path());
  }

  @Test
  void keepsTheBomAsTheFirstCharacter() throws Exception {
    SourceFile source = decode(concat(BOM, utf8("x = '\u00e9'\n")));
    assertTrue(source.hasBom());
    assertEquals(StandardCharsets.UTF_8, source.charset());
    assertEquals("\ufeffx = '\u00e9'\n", source.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "# coding: utf-8",
        "# -*- coding: UTF_8 -*-",
        "# vim: set fileencoding=utf-8-unix :"
      })
  void acceptsAUtf8CookieBesideABom(String cookie) throws Exception {
    SourceFile source = decode(concat(BOM, utf8(cookie + "\nx = '\u00e9'\n")));
    assertTrue(source.hasBom());
    assertEquals(StandardCharsets.UTF_8, source.charset());
    assertEquals("\ufeff" + cookie + "\nx = '\u00e9'\n", source.text());
  }

  @Test
  void readsALatin1CookieOnLineOne() throws Exception {
    String text = "# -*- coding: latin-1 -*-\ns = 'caf\u00e9 \u00ff'\n";
    SourceFile source = decode(text.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(StandardCharsets.ISO_8859_1, source.charset());
    assertEquals(text, source.text());
    assertFalse(source.hasBom());
  }

  @Test
  void readsACookieOnLineTwoAfterAShebang() throws Exception {
    String text =
        "#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\ns = '\u20ac \u201cq\u201d'\n";
    byte[] bytes = text.getBytes(CP1252);
    assertEquals((byte) 0x80, bytes[text.indexOf('\u20ac')], "the euro sign is one cp1252 byte");
    SourceFile source = decode(bytes);
    assertEquals(CP1252, source.charset());
    assertEquals(text, source.text());
  }

  @Test
  void readsACookieOnLineTwoAfterABlankLine() throws Exception {
    String text = "\n# coding=koi8-r\ns = '\u043f\u0440\u0438\u0432\u0435\u0442'\n";
    SourceFile source = decode(text.getBytes(KOI8_R));
    assertEquals(KOI8_R, source.charset());
    assertEquals(text, source.text());
  }

  @Test
  void readsACookieOnLineTwoAfterACrLfComment() throws Exception {
    String text = "# a comment\r\n# coding: latin-1\r\ns = '\u00e9'\r\n";
    SourceFile source = decode(text.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(StandardCharsets.ISO_8859_1, source.charset());
    assertEquals(text, source.text());
  }

  @Test
  void ignoresACookieOnLineTwoAfterACodeLine() throws Exception {
    // Valid UTF-8: read as Latin-1 it would turn into two characters.
    SourceFile source = decode(utf8("x = 1\n# coding: latin-1\ns = '\u00e9'\n"));
    assertEquals(StandardCharsets.UTF_8, source.charset());
    assertTrue(source.text().contains("'\u00e9'"), source.text());
  }

  @Test
  void ignoresACookieOnLineThree() throws Exception {
    SourceFile source =
        decode(utf8("#!/usr/bin/env python3\n#\n# coding: latin-1\ns = '\u00e9'\n"));
    assertEquals(StandardCharsets.UTF_8, source.charset());
    assertTrue(source.text().contains("'\u00e9'"), source.text());
  }

  @Test
  void ignoresACookieOutsideAComment() throws Exception {
    SourceFile source = decode(utf8("x = '# coding: latin-1'  # \u00e9\n"));
    assertEquals(StandardCharsets.UTF_8, source.charset());
  }

  @Test
  void namesAnUnknownEncoding() {
    UndecodableSourceException error =
        assertThrows(
            UndecodableSourceException.class,
            () -> decode(utf8("# -*- coding: klingon-8 -*-\nx = 1\n")));
    assertTrue(error.getMessage().contains("klingon-8"), error.getMessage());
    assertEquals(1, error.line());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"latin-1", "cp1252", "utf8"})
  void refusesABomWithAnyCookieButUtf8(String encoding) {
    UndecodableSourceException error =
        assertThrows(
            UndecodableSourceException.class,
            () -> decode(concat(BOM, utf8("# coding: " + encoding + "\nx = 1\n"))));
    assertTrue(error.getMessage().contains(encoding), error.getMessage());
    assertTrue(error.getMessage().contains("BOM"), error.getMessage());
  }

  @Test
  void reportsTheLineAndColumnOfInvalidUtf8() {
    byte[] bytes = concat(utf8("a = 1\nb = 2\nc = '"), new byte[] {(byte) 0xFF}, utf8("'\n"));
    UndecodableSourceException error =
        assertThrows(UndecodableSourceException.class, () -> decode(bytes));
    assertEquals(3, error.line(), error.getMessage());
    assertEquals(6, error.column(), error.getMessage());
    assertTrue(error.getMessage().contains("0xff"), error.getMessage());
  }

  @Test
  void countsCrLfAndCrLinesForInvalidUtf8() {
    byte[] crlf = concat(utf8("a = 1\r\n\r\nc = '"), new byte[] {(byte) 0xC3}, utf8("'\r\n"));
    assertEquals(
        3, assertThrows(UndecodableSourceException.class, () -> decode(crlf)).line(), "CRLF");
    byte[] cr = concat(utf8("a = 1\rb = 2\r\rd = '"), new byte[] {(byte) 0x80}, utf8("'\r"));
    assertEquals(4, assertThrows(UndecodableSourceException.class, () -> decode(cr)).line(), "CR");
  }

  @Test
  void refusesATruncatedUtf8SequenceAtTheEnd() {
    byte[] bytes = concat(utf8("x = 1\n# \u20ac"), new byte[] {(byte) 0xE2, (byte) 0x82});
    UndecodableSourceException error =
        assertThrows(UndecodableSourceException.class, () -> decode(bytes));
    assertEquals(2, error.line(), error.getMessage());
  }

  @Test
  void refusesBytesUndefinedInTheDeclaredEncoding() {
    // CPython: 'charmap' codec can't decode byte 0x81.
    byte[] bytes = concat(utf8("# coding: cp1252\nx = '"), new byte[] {(byte) 0x81}, utf8("'\n"));
    UndecodableSourceException error =
        assertThrows(UndecodableSourceException.class, () -> decode(bytes));
    assertEquals(2, error.line(), error.getMessage());
  }

  static Stream<Arguments> encodedFiles() {
    return Stream.of(
        Arguments.of("utf-8", utf8("s = 'caf\u00e9 \ud83d\ude00'\n")),
        Arguments.of("utf-8 with BOM", concat(BOM, utf8("s = '\u00e9'\r\nt = 2\r\n"))),
        Arguments.of(
            "utf-8 with BOM and cookie", concat(BOM, utf8("# coding: utf-8\ns = '\u00e9'\n"))),
        Arguments.of(
            "latin-1",
            "# -*- coding: latin-1 -*-\ns = '\u00e9\u00fc\u00ff'\n"
                .getBytes(StandardCharsets.ISO_8859_1)),
        Arguments.of("cp1252", "# coding: cp1252\rs = '\u20ac\u2019\u0153'\r".getBytes(CP1252)),
        Arguments.of(
            "koi8-r", "# coding: koi8-r\ns = '\u0414\u0430 \u043d\u0435\u0442'\n".getBytes(KOI8_R)),
        Arguments.of("empty", new byte[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodedFiles")
  void encodesItsTextBackToTheOriginalBytes(String name, byte[] bytes) throws Exception {
    SourceFile source = decode(bytes);
    assertArrayEquals(bytes, source.encode(source.text()));
    assertTrue(source.hasBytes(bytes));
    assertArrayEquals(bytes, source.bytes());
  }

  @Test
  void encodesEditedTextInTheFileEncoding() throws Exception {
    SourceFile source =
        decode("# coding: latin-1\ns = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
    byte[] edited = source.encode("# coding: latin-1\ns = '\u00e8'\n");
    assertArrayEquals(
        "# coding: latin-1\ns = '\u00e8'\n".getBytes(StandardCharsets.ISO_8859_1), edited);
    assertThrows(
        CharacterCodingException.class,
        () -> source.encode("# coding: latin-1\ns = '\u20ac'\n"),
        "the euro sign has no Latin-1 byte");
  }

  @Test
  void handsOutACopyOfItsBytes() throws Exception {
    SourceFile source = decode(utf8("x = 1\n"));
    source.bytes()[0] = 'y';
    assertArrayEquals(utf8("x = 1\n"), source.bytes());
    assertTrue(source.hasBytes(utf8("x = 1\n")));
  }

  // ---- lines ----

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'a\\nb\\n', LF",
    "'a\\r\\nb\\r\\n', CRLF",
    "'a\\rb\\r', CR",
    "'abc', LF",
    "'', LF",
    "'a\\r\\nb\\n', CRLF",
    "'a\\nb\\r\\n', LF",
    "'a\\rb\\r\\n', CR",
    "'x = 1\\r', CR",
  })
  void detectsTheLineEnding(String escaped, LineEnding expected) throws Exception {
    String text = unescape(escaped);
    assertEquals(expected, decode(utf8(text)).lineEnding(), escaped);
  }

  @Test
  void lineEndingTexts() {
    assertEquals("\n", LineEnding.LF.text());
    assertEquals("\r\n", LineEnding.CRLF.text());
    assertEquals("\r", LineEnding.CR.text());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "'', 0",
    "'a', 1",
    "'a\\n', 1",
    "'a\\nb', 2",
    "'a\\nb\\n', 2",
    "'a\\n\\n', 2",
    "'\\n', 1",
    "'\\n\\n\\n', 3",
    "'a\\r\\nb\\r\\n', 2",
    "'a\\r\\nb', 2",
    "'a\\rb\\r', 2",
    "'a\\rb', 2",
    "'a\\r\\rb', 3",
    "'a\\n\\rb', 3",
  })
  void countsLines(String escaped, int expected) throws Exception {
    assertEquals(expected, decode(utf8(unescape(escaped))).lineCount(), escaped);
  }

  @Test
  void countsTheLinesOfABomFile() throws Exception {
    assertEquals(2, decode(concat(BOM, utf8("a\r\nb\r\n"))).lineCount());
  }

  @Test
  void positionsOnPlainLines() throws Exception {
    SourceFile source = decode(utf8("ab\ncd\n"));
    assertEquals(new SourceFile.Position(1, 1), source.positionOfCodePoint(0));
    assertEquals(new SourceFile.Position(1, 2), source.positionOfCodePoint(1));
    assertEquals(new SourceFile.Position(1, 3), source.positionOfCodePoint(2), "the newline");
    assertEquals(new SourceFile.Position(2, 1), source.positionOfCodePoint(3));
    assertEquals(new SourceFile.Position(2, 2), source.positionOfCodePoint(4));
    assertEquals(new SourceFile.Position(3, 1), source.positionOfCodePoint(6), "end of file");
  }

  @Test
  void countsANonBmpCharacterAsOneColumn() throws Exception {
    String text = "x = '\ud83d\ude00'; y = 1\n\ud83d\ude00\ud83d\ude00z\n";
    SourceFile source = decode(utf8(text));
    int[] codePoints = text.codePoints().toArray();
    int y = indexOf(codePoints, 'y');
    assertEquals(9, y);
    assertEquals(new SourceFile.Position(1, 10), source.positionOfCodePoint(y));
    int z = indexOf(codePoints, 'z');
    assertEquals(new SourceFile.Position(2, 3), source.positionOfCodePoint(z));
  }

  @Test
  void positionsInACrOnlyFile() throws Exception {
    SourceFile source = decode(utf8("a\rbc\r\rd"));
    assertEquals(new SourceFile.Position(1, 2), source.positionOfCodePoint(1), "the CR");
    assertEquals(new SourceFile.Position(2, 1), source.positionOfCodePoint(2));
    assertEquals(new SourceFile.Position(2, 2), source.positionOfCodePoint(3));
    assertEquals(new SourceFile.Position(3, 1), source.positionOfCodePoint(5));
    assertEquals(new SourceFile.Position(4, 1), source.positionOfCodePoint(6));
  }

  @Test
  void positionsInACrLfFile() throws Exception {
    SourceFile source = decode(utf8("a\r\nb\r\n"));
    assertEquals(new SourceFile.Position(1, 2), source.positionOfCodePoint(1), "the CR");
    assertEquals(new SourceFile.Position(1, 3), source.positionOfCodePoint(2), "the LF");
    assertEquals(new SourceFile.Position(2, 1), source.positionOfCodePoint(3));
  }

  // ---- helpers ----

  private static SourceFile decode(byte[] bytes) throws UndecodableSourceException {
    return SourceFile.decode("t.py", bytes);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  private static String unescape(String escaped) {
    return escaped.replace("\\r", "\r").replace("\\n", "\n");
  }

  private static int indexOf(int[] codePoints, int wanted) {
    for (int i = 0; i < codePoints.length; i++) {
      if (codePoints[i] == wanted) {
        return i;
      }
    }
    throw new AssertionError("not found: " + (char) wanted);
  }
}
