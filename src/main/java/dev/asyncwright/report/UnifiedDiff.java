package dev.asyncwright.report;

import java.util.List;

/**
 * A unified diff of two texts, line by line ({@link LineDiff}), with three lines of context: what
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
    List<String> a = LineDiff.lines(before);
    List<String> b = LineDiff.lines(after);
    List<int[]> script =
        LineDiff.script(a, b); // pairs (i, j): -1 for an insertion or deletion side
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
}
