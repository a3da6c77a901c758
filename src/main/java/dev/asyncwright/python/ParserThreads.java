package dev.asyncwright.python;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads to parse on. Their stacks are large because a recursive-descent parser needs a frame per
 * nesting level: CPython accepts 200 nested brackets, each worth a dozen rule frames, and the
 * default stack of a Java thread overflows long before that. Each thread keeps its own {@link
 * ModuleParser}.
 */
public final class ParserThreads {

  private static final long STACK_BYTES = 256L * 1024 * 1024;

  private static final ThreadLocal<ModuleParser> PARSER =
      ThreadLocal.withInitial(ModuleParser::new);

  private ParserThreads() {}

  /** A pool of {@code threads} parser threads (daemons: they never keep the JVM alive). */
  public static ExecutorService pool(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread =
              new Thread(null, task, "asyncwright-parser-" + count.incrementAndGet(), STACK_BYTES);
          thread.setDaemon(true);
          return thread;
        };
    return Executors.newFixedThreadPool(threads, factory);
  }

  /** The calling thread's parser. */
  public static ModuleParser parser() {
    return PARSER.get();
  }
}
