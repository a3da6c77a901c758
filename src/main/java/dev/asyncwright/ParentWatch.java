package dev.asyncwright;

import java.util.Optional;

/**
 * The relaunched JVM ends with the launcher. When a CI job times out it kills the process it
 * started, the launcher, often with {@code kill -9}, which runs no shutdown hook: without a watch
 * the second JVM would go on rewriting files and committing after the job was declared over.
 */
final class ParentWatch {

  /** The system property that names the launcher's process id to the relaunched JVM. */
  static final String PARENT = "asyncwright.parent";

  private ParentWatch() {}

  /**
   * Runs {@code stop} once the process {@code pid} has ended (at once if it has already, or never
   * existed).
   */
  static void whenGone(long pid, Runnable stop) {
    Optional<ProcessHandle> parent = ProcessHandle.of(pid);
    if (parent.isEmpty() || !parent.get().isAlive()) {
      stop.run();
      return;
    }
    parent.get().onExit().thenRun(stop);
  }

  /** In a relaunched JVM, the watch on the launcher named by {@link #PARENT}, if any. */
  static void ofLauncher() {
    String pid = System.getProperty(PARENT);
    if (pid == null) {
      return;
    }
    whenGone(
        Long.parseLong(pid),
        () -> {
          System.err.println("asyncwright: the launching process ended; stopping");
          // exit, not halt: the shutdown hooks remove our temporary files
          System.exit(143);
        });
  }
}
