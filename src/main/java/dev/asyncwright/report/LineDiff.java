package dev.asyncwright.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Myers' shortest edit script between two sequences: of lines for the unified diff and the window's
 * side-by-side view, of words for the changes inside a changed line.
 */
public final class LineDiff {

  private LineDiff() {}

  /** The lines of a text, each with its line break. */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** The edit script: equal pairs (i, j), deletions (i, -1), insertions (-1, j). */
  public static <T> List<int[]> script(List<T> a, List<T> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int[] v = new int[2 * max + 2];
    List<int[]> trace = new ArrayList<>();
    int offset = max + 1;
    outer:
    for (int d = 0; d <= max; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x =
            (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          break outer;
        }
      }
    }
    List<int[]> steps = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = trace.size() - 1; d >= 0; d--) {
      int[] vd = trace.get(d);
      int k = x - y;
      int previousK =
          (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) ? k + 1 : k - 1;
      int previousX = d == 0 ? 0 : vd[offset + previousK];
      int previousY = previousX - previousK;
      while (x > previousX && y > previousY) {
        steps.add(0, new int[] {x - 1, y - 1});
        x--;
        y--;
      }
      if (d > 0) {
        if (x == previousX) {
          steps.add(0, new int[] {-1, y - 1});
        } else {
          steps.add(0, new int[] {x - 1, -1});
        }
      }
      x = previousX;
      y = previousY;
    }
    return steps;
  }
}
