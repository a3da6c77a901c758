package dev.asyncwright.gui.model;

import java.util.ArrayList;
import java.util.List;

/** Splits a line into words for the changes inside it: identifiers, numbers, blanks, marks. */
final class Words {

  private Words() {}

  static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int start = i;
      char c = line.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '_') {
        while (i < line.length()
            && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
          i++;
        }
      } else if (c == ' ' || c == '\t') {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
          i++;
        }
      } else {
        i++;
      }
      words.add(line.substring(start, i));
    }
    return words;
  }
}
