package dev.asyncwright.python.antlr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether {@code \N{NAME}} names a character, as Python decides: case-insensitively, a character's
 * name or one of its aliases. Java's own table ({@link Character#codePointOf}) is older than
 * Python's and has no aliases; a bundled list holds what it lacks, and the algorithmic families
 * ({@code CJK UNIFIED IDEOGRAPH-4E00}, {@code HANGUL SYLLABLE GA}) are known by their shape. A name
 * of a Unicode version newer than both is refused, as the Python of that list would refuse it;
 * {@code CJK UNIFIED IDEOGRAPH-0041}, of the right shape but naming nothing, is let pass.
 */
final class UnicodeNames {

  private static final Pattern ALGORITHMIC =
      Pattern.compile(
          "(?:(?:CJK UNIFIED IDEOGRAPH|CJK COMPATIBILITY IDEOGRAPH"
              + "|KHITAN SMALL SCRIPT CHARACTER|NUSHU CHARACTER)-[0-9A-F]{4,5}"
              + "|HANGUL SYLLABLE [A-Z]+)");

  private static Set<String> beyondJava;

  private UnicodeNames() {}

  static boolean known(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (ALGORITHMIC.matcher(upper).matches() || beyondJava().contains(upper)) {
      return true;
    }
    if (!name.equals(name.strip())) {
      return false; // Java forgives surrounding spaces, Python does not
    }
    try {
      Character.codePointOf(name);
      return true;
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }

  /** Read on first use: only a file with a {@code \N} escape needs it. */
  private static synchronized Set<String> beyondJava() {
    if (beyondJava == null) {
      Set<String> names = new HashSet<>();
      try (InputStream in =
              UnicodeNames.class.getResourceAsStream("/dev/asyncwright/python/unicode-names.txt");
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.startsWith("#")) {
            names.add(line);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      beyondJava = names;
    }
    return beyondJava;
  }
}
