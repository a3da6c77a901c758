package dev.asyncwright.fix;

/**
 * The indentation in front of a statement, and the unit its block indents by (tabs or spaces, the
 * width in use at that spot): what a new block in the statement's place is indented with.
 */
public record Indentation(String indent, String unit) {

  /** The indentation inside a block that replaces the statement. */
  public String inner() {
    return indent + unit;
  }
}
