package dev.asyncwright.python;

/**
 * Why a file is not valid Python, and where: 1-based line and column (code points); or, with {@code
 * unread}, why it could not be read at all (then it is no syntax error, and not called one).
 */
public record SyntaxError(String path, int line, int column, String message, boolean unread)
    implements ParseResult {

  public SyntaxError(String path, int line, int column, String message) {
    this(path, line, column, message, false);
  }

  /** A file that could not be read, and why. */
  public static SyntaxError unread(String path, String why) {
    return new SyntaxError(path, 1, 1, why, true);
  }

  @Override
  public String toString() {
    return path + ":" + line + ":" + column + ": syntax error: " + message;
  }
}
