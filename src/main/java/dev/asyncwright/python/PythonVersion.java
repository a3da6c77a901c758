package dev.asyncwright.python;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** A Python 3 minor version, as in {@code py311} or {@code 3.11}. */
public record PythonVersion(int minor) implements Comparable<PythonVersion> {

  /** Our target when a project does not say which Pythons it supports: Ruff's default too. */
  public static final PythonVersion DEFAULT = new PythonVersion(10);

  /** The versions a project may target: what our grammar and rules know. */
  private static final int OLDEST = 8;

  private static final int NEWEST = 15;

  private static final Pattern SPELLING = Pattern.compile("(?:py3|3\\.)(\\d{1,2})");

  /**
   * Reads {@code py311} or {@code 3.11}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static PythonVersion parse(String text) {
    Matcher matcher = SPELLING.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()
        || Integer.parseInt(matcher.group(1)) < OLDEST
        || Integer.parseInt(matcher.group(1)) > NEWEST) {
      throw new IllegalArgumentException(
          "not a Python version: '" + text + "' (expected py38 ... py315)");
    }
    return new PythonVersion(Integer.parseInt(matcher.group(1)));
  }

  /** Every version a project may target, oldest first. */
  public static List<PythonVersion> supported() {
    return IntStream.rangeClosed(OLDEST, NEWEST).mapToObj(PythonVersion::new).toList();
  }

  public boolean atLeast(PythonVersion other) {
    return minor >= other.minor;
  }

  @Override
  public int compareTo(PythonVersion other) {
    return Integer.compare(minor, other.minor);
  }

  /** {@code py311}. */
  public String code() {
    return "py3" + minor;
  }

  /** {@code 3.11}. */
  @Override
  public String toString() {
    return "3." + minor;
  }
}
