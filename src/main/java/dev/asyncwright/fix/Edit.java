package dev.asyncwright.fix;

/**
 * Replace the text between two offsets (code points into the module's text, end exclusive) with new
 * text. An insertion has {@code start == end}; a deletion has empty content.
 */
public record Edit(int start, int end, String content) {

  public Edit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  public static Edit insert(int at, String content) {
    return new Edit(at, at, content);
  }

  public static Edit delete(int start, int end) {
    return new Edit(start, end, "");
  }

  /**
   * Whether two edits touch: they overlap, insert at the same place, or one inserts inside or at an
   * end of the other's range; which should go first would be a guess. Replacements that merely meet
   * end to start do not touch.
   */
  public boolean touches(Edit other) {
    if (start == end && other.start == other.end) {
      return start == other.start;
    }
    if (start == end) {
      return other.start <= start && start <= other.end;
    }
    if (other.start == other.end) {
      return start <= other.start && other.start <= end;
    }
    return start < other.end && other.start < end;
  }
}
