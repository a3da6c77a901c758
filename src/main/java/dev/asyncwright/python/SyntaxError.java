package dev.asyncwright.python;

/** Why a file is not valid Python, and where: 1-based line and column (code points). */
public record SyntaxError(String path, int line, int column, String message)
    implements ParseResult {

  @Override
  public String toString() {
    return path + ":" + line + ":" + column + ": syntax error: " + message;
  }
}
