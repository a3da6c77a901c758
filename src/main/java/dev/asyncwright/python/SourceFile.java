package dev.asyncwright.python;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python source file as bytes and as text, with what it takes to write it back the same way: its
 * encoding (from a byte-order mark or a PEP 263 coding cookie), whether it starts with a BOM, and
 * the newline style it uses.
 *
 * <p>The text keeps the BOM as its first character (U+FEFF) so that encoding the text gives back
 * the original bytes exactly.
 */
public final class SourceFile {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** PEP 263: a comment on line 1 or 2 naming the encoding. */
  private static final Pattern CODING_COOKIE =
      Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

  /** Line 2 is looked at only when line 1 is blank or a comment. */
  private static final Pattern BLANK_OR_COMMENT = Pattern.compile("^[ \\t\\f]*(?:#.*)?$");

  private final String path;
  private final byte[] bytes;
  private final Charset charset;
  private final boolean bom;
  private final String text;
  private final LineEnding lineEnding;
  private final boolean onlyBmp;
  private int[] lineStarts;

  private SourceFile(String path, byte[] bytes, Charset charset, boolean bom, String text) {
    this.path = path;
    this.bytes = bytes;
    this.charset = charset;
    this.bom = bom;
    this.text = text;
    this.lineEnding = LineEnding.detect(text);
    this.onlyBmp = text.length() == text.codePointCount(0, text.length());
  }

  /**
   * Decodes a file's bytes as Python does.
   *
   * @param path how the file is named in messages
   * @throws UndecodableSourceException for an unknown or contradictory encoding, bytes that are not
   *     valid in it, or a NUL byte
   */
  public static SourceFile decode(String path, byte[] bytes) throws UndecodableSourceException {
    boolean bom = startsWith(bytes, UTF8_BOM);
    String cookie = codingCookie(bytes, bom ? UTF8_BOM.length : 0);
    Charset charset = StandardCharsets.UTF_8;
    if (cookie != null) {
      String normal = normalEncodingName(cookie);
      if (bom && !normal.equals("utf-8")) {
        // CPython allows exactly "utf-8" (in any case, with '_' for '-') beside a BOM.
        throw new UndecodableSourceException("encoding problem: " + cookie + " with BOM", 1, 1);
      }
      charset = charsetFor(cookie, normal);
    }
    String text;
    try {
      text = decodeStrictly(bytes, charset);
    } catch (UndecodableSourceException e) {
      throw explained(e, bytes, cookie);
    }
    return new SourceFile(path, bytes.clone(), charset, bom, text);
  }

  /**
   * The same file with new text, to be written in the same encoding (and BOM, which the text keeps
   * as its first character).
   *
   * @throws CharacterCodingException if the file's encoding cannot hold the new text
   */
  public SourceFile withText(String newText) throws CharacterCodingException {
    return new SourceFile(path, encode(newText), charset, bom, newText);
  }

  /** Decodes text that is already in memory (tests, edits): UTF-8, no BOM. */
  public static SourceFile ofText(String path, String text) {
    return new SourceFile(
        path, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, false, text);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static String codingCookie(byte[] bytes, int offset) {
    int lineStart = offset;
    for (int lineNumber = 1; lineNumber <= 2 && lineStart < bytes.length; lineNumber++) {
      int lineEnd = lineStart;
      while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
        lineEnd++;
      }
      String line = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1);
      Matcher cookie = CODING_COOKIE.matcher(line);
      if (cookie.find()) {
        return cookie.group(1);
      }
      if (!BLANK_OR_COMMENT.matcher(line).matches()) {
        return null;
      }
      lineStart = lineEnd;
      if (lineStart < bytes.length && bytes[lineStart] == '\r') {
        lineStart++;
      }
      if (lineStart < bytes.length && bytes[lineStart] == '\n') {
        lineStart++;
      }
    }
    return null;
  }

  /** The name as CPython's tokenizer normalises it before looking the codec up. */
  private static String normalEncodingName(String cookie) {
    String normal = cookie.toLowerCase(Locale.ROOT).replace('_', '-');
    if (normal.equals("utf-8") || normal.startsWith("utf-8-")) {
      return "utf-8";
    }
    for (String latin1 : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
      if (normal.equals(latin1) || normal.startsWith(latin1 + "-")) {
        return "iso-8859-1";
      }
    }
    return normal;
  }

  /**
   * Python codec names that Java knows as another charset: Java's {@code cp932} is IBM's 942C,
   * where Python's is Microsoft's (Windows-31J), and so for the Korean, Chinese and Thai Windows
   * code pages. Read with Java's meaning, a valid file failed to decode, or decoded wrong.
   */
  private static final Map<String, String> PYTHON_CODECS =
      Map.ofEntries(
          Map.entry("cp932", "windows-31j"),
          Map.entry("932", "windows-31j"),
          Map.entry("ms932", "windows-31j"),
          Map.entry("mskanji", "windows-31j"),
          Map.entry("ms-kanji", "windows-31j"),
          Map.entry("cp949", "x-windows-949"),
          Map.entry("949", "x-windows-949"),
          Map.entry("ms949", "x-windows-949"),
          Map.entry("uhc", "x-windows-949"),
          Map.entry("cp950", "x-windows-950"),
          Map.entry("950", "x-windows-950"),
          Map.entry("ms950", "x-windows-950"),
          Map.entry("cp874", "x-windows-874"),
          Map.entry("shiftjis", "Shift_JIS"),
          Map.entry("s-jis", "Shift_JIS"));

  /** The Java charset for a Python encoding name: Java knows most of Python's spellings. */
  private static Charset charsetFor(String cookie, String normal)
      throws UndecodableSourceException {
    String python = PYTHON_CODECS.get(normal);
    if (python != null && Charset.isSupported(python)) {
      return Charset.forName(python);
    }
    for (String candidate : new String[] {cookie, normal, normal.replace("-", "")}) {
      try {
        if (Charset.isSupported(candidate)) {
          return Charset.forName(candidate);
        }
      } catch (IllegalArgumentException notAName) {
        // try the next spelling
      }
    }
    throw new UndecodableSourceException("unknown encoding: " + cookie, 1, 1);
  }

  /**
   * The decoding failure in words that say what to do: a binary file named {@code .py} (NUL bytes)
   * is no source at all; a file in another encoding without a coding declaration needs one (PEP
   * 263), as Python itself would refuse it.
   */
  private static UndecodableSourceException explained(
      UndecodableSourceException e, byte[] bytes, String cookie) {
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return new UndecodableSourceException("looks binary (NUL bytes): skipped", 1, 1);
      }
    }
    if (cookie == null) {
      return new UndecodableSourceException(
          e.getMessage()
              + ": not UTF-8 and no coding declaration (PEP 263); if it is Latin-1, add"
              + " `# -*- coding: latin-1 -*-` as its first or second line",
          e.line(),
          e.column());
    }
    return e;
  }

  private static String decodeStrictly(byte[] bytes, Charset charset)
      throws UndecodableSourceException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(in).toString();
    } catch (MalformedInputException | UnmappableCharacterException e) {
      int offset = in.position();
      throw new UndecodableSourceException(
          String.format(
              "cannot decode byte 0x%02x at offset %d as %s",
              bytes[Math.min(offset, bytes.length - 1)] & 0xff, offset, charset.name()),
          lineOfByte(bytes, offset),
          columnOfByte(bytes, offset));
    } catch (CharacterCodingException e) {
      throw new UndecodableSourceException("cannot decode as " + charset.name(), 1, 1);
    }
  }

  private static int columnOfByte(byte[] bytes, int offset) {
    int lineStart = offset;
    while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
      lineStart--;
    }
    return offset - lineStart + 1;
  }

  private static int lineOfByte(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** The bytes this text would be written as: same encoding (and BOM, kept in the text). */
  public byte[] encode(String newText) throws CharacterCodingException {
    CharsetEncoder encoder =
        charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // An array-backed buffer takes the encoders' fast path; a String-backed one does not.
    ByteBuffer out = encoder.encode(CharBuffer.wrap(newText.toCharArray()));
    byte[] result = new byte[out.remaining()];
    out.get(result);
    return result;
  }

  /**
   * Whether encoding the decoded text gives the file's bytes back. Not so for some encodings and
   * bytes (cp932 decodes both ED40 and FA5C to one character, and encodes it as FA5C): a rewrite of
   * such a file would change bytes far from any fix.
   */
  public boolean roundTrips() {
    try {
      return Arrays.equals(encode(text), bytes);
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  public String path() {
    return path;
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  /** Whether these bytes are exactly the file's bytes. */
  public boolean hasBytes(byte[] other) {
    return Arrays.equals(bytes, other);
  }

  public Charset charset() {
    return charset;
  }

  public boolean hasBom() {
    return bom;
  }

  public String text() {
    return text;
  }

  public LineEnding lineEnding() {
    return lineEnding;
  }

  /** Physical lines, counted as Python's {@code str.splitlines()} would for source. */
  public int lineCount() {
    int count = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      count++;
    }
    for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
      if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
        count++; // a lone CR ends a line; in CRLF the LF was counted
      }
    }
    int last = text.length() - 1;
    if (last >= 0 && text.charAt(last) != '\n' && text.charAt(last) != '\r') {
      count++; // the last line has no line break
    }
    return count;
  }

  /**
   * The index into {@link #text()} (UTF-16 units) of a code-point offset, as tokens and edits
   * count.
   */
  public int charIndex(int codePointIndex) {
    if (onlyBmp) {
      return Math.min(codePointIndex, text.length());
    }
    return text.offsetByCodePoints(
        0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
  }

  /** The code-point offset of an index into {@link #text()}. */
  public int codePointIndex(int charIndex) {
    return onlyBmp ? charIndex : text.codePointCount(0, charIndex);
  }

  /** The text between two code-point offsets. */
  public String slice(int start, int end) {
    return text.substring(charIndex(start), charIndex(end));
  }

  /** 1-based line and column (in code points) of a code point index into the text. */
  public Position positionOfCodePoint(int codePointIndex) {
    int charIndex = charIndex(codePointIndex);
    int[] starts = lineStarts();
    int line = Arrays.binarySearch(starts, charIndex);
    if (line < 0) {
      line = -line - 2;
    }
    int column =
        (onlyBmp ? charIndex - starts[line] : text.codePointCount(starts[line], charIndex)) + 1;
    if (line == 0 && bom && charIndex > 0) {
      column--; // the BOM is not a column, as CPython counts
    }
    return new Position(line + 1, column);
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int[] starts = new int[16];
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      lineStarts = Arrays.copyOf(starts, count);
    }
    return lineStarts;
  }

  /** A 1-based line and column. */
  public record Position(int line, int column) {}
}
