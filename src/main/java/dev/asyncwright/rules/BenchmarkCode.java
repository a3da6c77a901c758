package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.tree.Function;
import dev.asyncwright.tree.Parameter;
import java.nio.file.Path;
import java.util.Locale;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Whether code is a benchmark: a file or a function named for one ({@code test_benchmarks.py},
 * {@code bench_put}), or a function taking pytest-benchmark's {@code benchmark} fixture. A rewrite
 * that adds work per call (a task around a coroutine) changes what a benchmark measures, for no
 * gain to its reader.
 */
public final class BenchmarkCode {

  private BenchmarkCode() {}

  /** Whether the node is in a benchmark's file or function. */
  public static boolean contains(RuleContext context, ParseTree node) {
    Path file = Path.of(context.source().path()).getFileName();
    if (file != null && isBenchmarkName(file.toString())) {
      return true;
    }
    for (ParseTree at = node; at != null; at = at.getParent()) {
      if (at instanceof FunctionDefContext def
          && (isBenchmarkName(new Function(def).name()) || takesBenchmark(new Function(def)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBenchmarkName(String name) {
    return name.toLowerCase(Locale.ROOT).contains("bench");
  }

  /** Whether a plain parameter (not {@code *args} or {@code **kwargs}) is named benchmark. */
  private static boolean takesBenchmark(Function function) {
    return function.parameters().stream()
        .anyMatch(
            parameter ->
                parameter.name().equals("benchmark")
                    && parameter.kind() != Parameter.Kind.VAR_POSITIONAL
                    && parameter.kind() != Parameter.Kind.VAR_KEYWORD);
  }
}
