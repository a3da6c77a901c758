package dev.asyncwright.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** One run of the command line through picocli: its exit status and what it printed. */
record Run(int status, String out, String err) {

  /** Runs {@code asyncwright ARGS...} (each argument as its string). */
  static Run of(Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = AsyncwrightCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] strings = Stream.of(args).map(String::valueOf).toArray(String[]::new);
    int status = commandLine.execute(strings);
    return new Run(status, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  @Override
  public String toString() {
    return "status " + status + "\n--- out:\n" + out + "--- err:\n" + err;
  }
}
