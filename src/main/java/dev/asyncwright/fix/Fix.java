package dev.asyncwright.fix;

import dev.asyncwright.python.PythonVersion;
import java.util.Comparator;
import java.util.List;

/**
 * A proposed change: what it does, how far it may be trusted, the oldest Python it needs (or {@code
 * null}), and its edits (sorted, none touching another).
 */
public record Fix(
    String message, Applicability applicability, PythonVersion requires, List<Edit> edits) {

  public Fix {
    edits = edits.stream().sorted(Comparator.comparingInt(Edit::start)).toList();
    for (int i = 1; i < edits.size(); i++) {
      if (edits.get(i - 1).touches(edits.get(i))) {
        throw new IllegalArgumentException("a fix's own edits overlap: " + edits);
      }
    }
  }

  public static Fix safe(String message, PythonVersion requires, Edit... edits) {
    return new Fix(message, Applicability.SAFE, requires, List.of(edits));
  }

  public static Fix unsafe(String message, PythonVersion requires, Edit... edits) {
    return new Fix(message, Applicability.UNSAFE, requires, List.of(edits));
  }

  /** Whether any edit of this fix touches any edit of the other. */
  public boolean touches(Fix other) {
    for (Edit mine : edits) {
      for (Edit theirs : other.edits) {
        if (mine.touches(theirs)) {
          return true;
        }
      }
    }
    return false;
  }

  public int start() {
    return edits.get(0).start();
  }
}
