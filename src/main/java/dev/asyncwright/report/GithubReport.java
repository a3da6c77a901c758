package dev.asyncwright.report;

import java.io.PrintWriter;
import java.util.List;

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
public final class GithubReport {

  private GithubReport() {}

  public static void write(List<Diagnostic> diagnostics, PrintWriter out) {
    for (Diagnostic d : diagnostics) {
      out.printf(
          "::%s file=%s,line=%d,col=%d,title=%s::%s%n",
          d.code().equals(Diagnostic.SYNTAX_ERROR) ? "error" : "warning",
          property(d.path()),
          d.start().line(),
          d.start().column(),
          property(d.code()),
          data(d.message()));
    }
  }

  /** Escapes as the workflow-command syntax requires for property values. */
  private static String property(String value) {
    return data(value).replace(":", "%3A").replace(",", "%2C");
  }

  private static String data(String value) {
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }
}
