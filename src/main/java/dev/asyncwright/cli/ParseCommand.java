package dev.asyncwright.cli;

import dev.asyncwright.python.ParseResult;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.ParserThreads;
import dev.asyncwright.python.PythonFiles;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.SyntaxError;
import dev.asyncwright.python.UndecodableSourceException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parse}: parses every Python file under the given paths and reports syntax errors (and,
 * with {@code --roundtrip}, files whose tokens do not print back byte for byte). Used for checking
 * the parser against real code and for measuring its speed.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parse Python files and report syntax errors.")
final class ParseCommand implements java.util.concurrent.Callable<Integer> {

  @Option(
      names = "--roundtrip",
      description = "Also check that every parsed file prints back to its exact bytes.")
  private boolean roundtrip;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parser threads (default: one per core).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  private List<Path> paths;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      err.println("asyncwright parse: --threads must be at least 1");
      return 2;
    }
    long started = System.nanoTime();
    List<Path> files = new ArrayList<>();
    List<Path> unreadable = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        err.println("asyncwright parse: no such file or directory: " + path);
        return 2;
      }
      try {
        files.addAll(PythonFiles.under(path, unreadable));
      } catch (IOException e) {
        unreadable.add(path);
      }
    }

    ExecutorService pool = ParserThreads.pool(threads);
    List<Future<FileOutcome>> outcomes = new ArrayList<>(files.size());
    for (Path file : files) {
      outcomes.add(pool.submit(() -> parseOne(file)));
    }
    long lines = 0;
    int syntaxErrors = 0;
    int mismatches = 0;
    for (Path directory : unreadable) {
      out.println(directory + ": cannot read");
    }
    try {
      for (Future<FileOutcome> future : outcomes) {
        FileOutcome outcome = future.get();
        lines += outcome.lines();
        if (outcome.problem() != null) {
          out.println(outcome.problem());
          if (outcome.isSyntaxError()) {
            syntaxErrors++;
          } else {
            mismatches++;
          }
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("the parser failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        Locale.ROOT,
        "parsed %d files, %d lines in %.2f s (%d lines/s): %d syntax errors, %d round-trip"
            + " mismatches%n",
        files.size(),
        lines,
        seconds,
        Math.round(lines / Math.max(seconds, 1e-9)),
        syntaxErrors,
        mismatches);
    out.flush();
    return syntaxErrors == 0 && mismatches == 0 && unreadable.isEmpty() ? 0 : 1;
  }

  private FileOutcome parseOne(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new FileOutcome(
          0, file + ":1:1: syntax error: cannot read the file (" + e + ")", true);
    }
    SourceFile source;
    try {
      source = SourceFile.decode(file.toString(), bytes);
    } catch (UndecodableSourceException e) {
      return new FileOutcome(
          countLineBreaks(bytes),
          new SyntaxError(file.toString(), e.line(), e.column(), e.getMessage()).toString(),
          true);
    }
    ParseResult result = ParserThreads.parser().parse(source);
    if (result instanceof SyntaxError error) {
      return new FileOutcome(source.lineCount(), error.toString(), true);
    }
    if (roundtrip) {
      int mismatch = firstMismatch(source, (ParsedModule) result);
      if (mismatch >= 0) {
        return new FileOutcome(
            source.lineCount(), file + ": round-trip mismatch at byte " + mismatch, false);
      }
    }
    return new FileOutcome(source.lineCount(), null, false);
  }

  private static int firstMismatch(SourceFile source, ParsedModule module) {
    byte[] original = source.bytes();
    byte[] reprinted;
    try {
      reprinted = source.encode(module.reprint());
    } catch (CharacterCodingException e) {
      return 0;
    }
    int mismatch = java.util.Arrays.mismatch(original, reprinted);
    return mismatch;
  }

  private static int countLineBreaks(byte[] bytes) {
    int count = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        count++;
      }
    }
    return count;
  }

  private record FileOutcome(int lines, String problem, boolean isSyntaxError) {}
}
