package dev.asyncwright.python.antlr;

/**
 * CPython's verdict on the {@code \N{NAME}} escapes of a literal's text: the message of the first
 * that does not name a character, or is malformed. Its byte positions are those of CPython's
 * decoder, which sees every non-ASCII character as a ten-byte {@code \U0001xxxx} escape.
 */
final class NameEscapes {

  private static final String PREFIX = "(unicode error) 'unicodeescape' codec can't decode bytes";

  private NameEscapes() {}

  /** The problem of the first bad escape in {@code text[from, to)}, or null. */
  static String firstProblem(String text, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      if (text.charAt(i) != '\\') {
        continue;
      }
      if (text.charAt(i + 1) != 'N') {
        i++; // the escaped character, a backslash perhaps, escapes nothing more
        continue;
      }
      if (i + 2 >= to || text.charAt(i + 2) != '{') {
        return malformed(text, from, i, i + 1);
      }
      int close = text.indexOf('}', i + 3);
      if (close < 0 || close >= to) {
        return malformed(text, from, i, to - 1);
      }
      if (close == i + 3) {
        return malformed(text, from, i, i + 2); // `\N{}`: CPython's range ends at the brace
      }
      if (!UnicodeNames.known(text.substring(i + 3, close))) {
        return problem(text, from, i, close, "unknown Unicode character name");
      }
      i = close;
    }
    return null;
  }

  private static String malformed(String text, int from, int start, int end) {
    return problem(text, from, start, end, "malformed \\N character escape");
  }

  private static String problem(String text, int from, int start, int end, String what) {
    return PREFIX
        + " in position "
        + position(text, from, start)
        + "-"
        + position(text, from, end)
        + ": "
        + what;
  }

  private static int position(String text, int from, int index) {
    int position = 0;
    for (int i = from; i < index; ) {
      int c = text.codePointAt(i);
      position += c < 0x80 ? 1 : 10;
      i += Character.charCount(c);
    }
    return position;
  }
}
