package dev.asyncwright.python;

/** A file whose bytes cannot be read as Python source text. */
public final class UndecodableSourceException extends Exception {

  private final int line;
  private final int column;

  public UndecodableSourceException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
