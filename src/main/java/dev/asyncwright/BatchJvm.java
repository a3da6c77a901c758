package dev.asyncwright;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the commands that parse a whole tree ({@code parse}, {@code check}, the window) in a JVM
 * tuned for that.
 *
 * <p>HotSpot's optimising compiler (C2) pays off only in long runs: measured over the standard
 * library (858,000 lines, 2 cores), C2 spent about 4 s of CPU compiling the parser in a 4.5 s run,
 * on one of the two cores, while the same run with the quick compiler alone ({@code
 * -XX:TieredStopAtLevel=1}) took 2.1 s; over 4.5 million lines the quick compiler alone was still
 * no slower. The window gains as much: its scan of the same standard library ended after 3.6 s with
 * the quick compiler alone, 7.5 s without. A jar cannot carry JVM options, so the launcher starts a
 * second JVM with the option, the same class path and the caller's own JVM options, passes the
 * terminal through, and returns its exit status. Where that is not possible, or {@code
 * ASYNCWRIGHT_SAME_JVM} is set, the command runs in this JVM.
 */
final class BatchJvm {

  private static final Set<String> BATCH_COMMANDS = Set.of("parse", "check", "gui");
  private static final String RELAUNCHED = "asyncwright.relaunched";
  private static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

  private BatchJvm() {}

  /** Whether this command line is worth a JVM of its own. */
  static boolean wanted(String[] args) {
    return wanted(args, jvmOptions());
  }

  /** The same, for a JVM started with these options. */
  static boolean wanted(String[] args, List<String> jvmOptions) {
    if (args.length == 0 || !BATCH_COMMANDS.contains(args[0])) {
      return false;
    }
    if (Boolean.getBoolean(RELAUNCHED) || System.getenv("ASYNCWRIGHT_SAME_JVM") != null) {
      return false;
    }
    // A caller who chose compiler options knows what they want.
    return jvmOptions.stream().noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
  }

  /**
   * Runs the command in a new JVM and returns its exit status, or -1 if no JVM could be started
   * (the caller then runs the command itself).
   */
  static int run(String[] args) {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    for (String option : jvmOptions()) {
      // a debugger's port is this JVM's: the child binding it too would fail
      if (!option.startsWith("-agentlib:jdwp") && !option.startsWith("-Xrunjdwp")) {
        command.add(option);
      }
    }
    command.add(QUICK_COMPILER);
    command.add("-D" + RELAUNCHED + "=true");
    command.add("-D" + ParentWatch.PARENT + "=" + ProcessHandle.current().pid());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return -1;
    }
    Thread stopChild = new Thread(child::destroy);
    Runtime.getRuntime().addShutdownHook(stopChild);
    try {
      return child.waitFor();
    } catch (InterruptedException e) {
      child.destroy();
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  private static List<String> jvmOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments();
  }
}
