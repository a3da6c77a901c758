package dev.asyncwright.python;

/** The line break a file uses (its first one decides; LF for a file without any). */
public enum LineEnding {
  LF("\n"),
  CRLF("\r\n"),
  CR("\r");

  private final String text;

  LineEnding(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  static LineEnding detect(String source) {
    int i = source.indexOf('\n');
    int r = source.indexOf('\r');
    if (r < 0) {
      return LF;
    }
    if (i >= 0 && i < r) {
      return LF;
    }
    return r + 1 < source.length() && source.charAt(r + 1) == '\n' ? CRLF : CR;
  }
}
