package dev.asyncwright.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many findings of each rule, most first: {@code 12 AW101 [*] blocking-sleep}. */
public final class Statistics {

  private Statistics() {}

  public static void write(List<Diagnostic> diagnostics, boolean unsafeFixes, PrintWriter out) {
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    for (Diagnostic d : diagnostics) {
      int[] count = counts.computeIfAbsent(d.code(), code -> new int[2]);
      count[0]++;
      if (d.fixable(unsafeFixes)) {
        count[1]++;
      }
      names.put(d.code(), d.name());
    }
    counts.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
        .forEach(
            entry ->
                out.printf(
                    "%5d\t%s\t%s %s%n",
                    entry.getValue()[0],
                    entry.getKey(),
                    entry.getValue()[1] == entry.getValue()[0] ? "[*]" : "[ ]",
                    names.get(entry.getKey())));
  }
}
