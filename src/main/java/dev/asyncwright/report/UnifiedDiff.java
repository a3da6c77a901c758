package dev.asyncwright.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line (Myers' algorithm), with three lines of context: what
 * {@code check --diff} prints and reviewers read. Line breaks are kept as they are in the file, so
 * a CRLF file shows CRLF lines.
 */
public final class UnifiedDiff {

  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff, or an empty string when the texts are equal. */
  public static String of(String path, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<int[]> script = script(a, b); // pairs (i, j): -1 for an insertion or deletion side
    StringBuilder out = new StringBuilder();
    // git's a/ and b/ prefixes, for relative paths only: patch -p1 applies the result
    boolean relative = !path.startsWith("/");
    out.append(relative ? "--- a/" : "--- ").append(path).append('\n');
    out.append(relative ? "+++ b/" : "+++ ").append(path).append('\n');
    int k = 0;
    while (k < script.size()) {
      while (k < script.size() && script.get(k)[0] >= 0 && script.get(k)[1] >= 0) {
        k++;
      }
      if (k == script.size()) {
        break;
      }
      int start = Math.max(0, k - CONTEXT);
      int end = k;
      int equalRun = 0;
      while (end < script.size()) {
        boolean equal = script.get(end)[0] >= 0 && script.get(end)[1] >= 0;
        equalRun = equal ? equalRun + 1 : 0;
        if (equalRun > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      // The unchanged steps that close the hunk: the one that stopped the scan is not in it.
      int trailing = end < script.size() ? equalRun - 1 : equalRun;
      end -= Math.max(0, trailing - CONTEXT);
      hunk(out, script.subList(start, end), a, b);
      k = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<int[]> part, List<String> a, List<String> b) {
    int aStart = -1;
    int bStart = -1;
    int aCount = 0;
    int bCount = 0;
    for (int[] step : part) {
      if (step[0] >= 0) {
        aStart = aStart < 0 ? step[0] : aStart;
        aCount++;
      }
      if (step[1] >= 0) {
        bStart = bStart < 0 ? step[1] : bStart;
        bCount++;
      }
    }
    out.append("@@ -")
        .append(range(aStart, aCount))
        .append(" +")
        .append(range(bStart, bCount))
        .append(" @@\n");
    for (int[] step : part) {
      String line;
      char sign;
      if (step[0] >= 0 && step[1] >= 0) {
        sign = ' ';
        line = a.get(step[0]);
      } else if (step[0] >= 0) {
        sign = '-';
        line = a.get(step[0]);
      } else {
        sign = '+';
        line = b.get(step[1]);
      }
      out.append(sign).append(line);
      if (!line.endsWith("\n") && !line.endsWith("\r")) {
        out.append("\n\\ No newline at end of file\n");
      }
    }
  }

  private static String range(int start, int count) {
    if (count == 0) {
      return "0,0"; // only a side that is empty altogether has no line in a hunk
    }
    return (start + 1) + (count == 1 ? "" : "," + count);
  }

  /** The lines of a text, each with its line break. */
  static List<String> lines(String text) {
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
  private static List<int[]> script(List<String> a, List<String> b) {
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
