package dev.asyncwright.gui.model;

/** A file that could not be checked (or fixed) as it should: its path, a line, and why. */
public record ProblemItem(String path, int line, String message) {

  @Override
  public String toString() {
    return path + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
