package dev.asyncwright.engine;

import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.ParserThreads;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.SyntaxError;
import dev.asyncwright.python.UndecodableSourceException;
import dev.asyncwright.semantic.ProjectIndex;
import dev.asyncwright.semantic.RelativeImports;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Checks many files on every core: first the project index (every {@code async def}, from each
 * file's tokens), then each file. Results stream to a listener as files finish, in whatever order;
 * the list returned is in the order of the input. Nothing is written.
 */
public final class Checker {

  /** Hears about each file as it is done. Called from worker threads. */
  public interface Listener {
    void fileDone(FileResult result, int done, int total);
  }

  /**
   * One input: the file, how to name it, its module name for the project index, and the codes its
   * per-file ignores leave out.
   */
  public record Input(Path file, String displayPath, String moduleName, Set<String> ignored) {}

  /** How many lines of parse trees a run keeps for its rechecks (memory: some hundred MB). */
  private static final int KEPT_LINES = 150_000;

  private final Settings settings;
  private final int threads;
  private ProjectIndex index = new ProjectIndex();

  public Checker(Settings settings, int threads) {
    this.settings = settings;
    this.threads = Math.max(1, threads);
  }

  /**
   * Checks (and with {@code fix}, fixes in memory) the files.
   *
   * <p>The project index fills as files are checked. A file whose rules asked the index while it
   * was still filling is checked again once every file has been seen: few files are (only {@code
   * ensure_future} asks today), so the whole tree is read and parsed once.
   *
   * @throws CancellationException if {@code cancelled} turns true; files still running finish
   */
  public List<FileResult> run(
      List<Input> inputs, boolean fix, Listener listener, BooleanSupplier cancelled)
      throws InterruptedException {
    return run(inputs, List.of(), fix, listener, cancelled);
  }

  /**
   * The same, with the project's other modules the files import ({@code context}): each is read as
   * a checked file is, for the index, and its findings are dropped (it is neither reported nor
   * fixed), so that the files get the findings a check of the whole tree gives them.
   */
  public List<FileResult> run(
      List<Input> checked,
      List<Input> context,
      boolean fix,
      Listener listener,
      BooleanSupplier cancelled)
      throws InterruptedException {
    List<Input> inputs = new ArrayList<>(checked);
    inputs.addAll(context);
    int reported = checked.size();
    ExecutorService pool = ParserThreads.pool(threads);
    try {
      index = new ProjectIndex();
      // Every module may still declare a class or re-export a name until it is indexed; only
      // those that may define coroutine functions (a quick look at each file's bytes tells), and
      // packages' __init__ files, which re-export them, can change whether a name is one.
      List<String> modules =
          inputs.stream().map(Input::moduleName).filter(java.util.Objects::nonNull).toList();
      index.expectDeclarations(modules);
      List<Future<List<String>>> scans = new ArrayList<>();
      for (Input input : inputs) {
        scans.add(pool.submit(() -> prescan(input)));
      }
      List<List<String>> imports = new ArrayList<>();
      for (Future<List<String>> scan : scans) {
        imports.add(get(scan, cancelled));
      }
      int[] order = ImportOrder.order(inputs.stream().map(Input::moduleName).toList(), imports);
      FileChecker checker = new FileChecker(settings, index);
      FileResult[] results = new FileResult[inputs.size()];
      boolean[] again = new boolean[inputs.size()];
      // the parse trees of files to check again are kept, up to a budget of lines, so that a
      // recheck does not parse again; beyond it, a recheck reads the file anew
      ParsedModule[] kept = new ParsedModule[inputs.size()];
      AtomicInteger keptLines = new AtomicInteger();
      AtomicInteger done = new AtomicInteger();
      CompletionService<Integer> completion = new ExecutorCompletionService<>(pool);
      for (int at : order) {
        completion.submit(
            () -> {
              if (cancelled.getAsBoolean()) {
                return at;
              }
              Input input = inputs.get(at);
              FileChecker one = checker.forFile(input);
              results[at] = checkOne(one, input, fix && at < reported);
              index.indexed(input.moduleName());
              again[at] = at < reported && one.consultedProject();
              if (again[at] && results[at].syntaxError().isEmpty()) {
                one.parsed()
                    .filter(
                        module -> keptLines.addAndGet(module.source().lineCount()) <= KEPT_LINES)
                    .ifPresent(module -> kept[at] = module);
              }
              if (at < reported && !again[at]) {
                listener.fileDone(results[at], done.incrementAndGet(), reported);
              }
              return at;
            });
      }
      for (int i = 0; i < inputs.size(); i++) {
        get(completion.take(), cancelled);
      }
      int rechecks = 0;
      for (int i = 0; i < inputs.size(); i++) {
        if (again[i]) {
          int at = i;
          rechecks++;
          completion.submit(
              () -> {
                if (cancelled.getAsBoolean()) {
                  return at;
                }
                Input input = inputs.get(at);
                ParsedModule module = kept[at];
                kept[at] = null;
                results[at] =
                    module == null
                        ? checkOne(checker.forRecheck(input), input, fix)
                        : slim(checker.forRecheck(input).run(module, fix));
                listener.fileDone(results[at], done.incrementAndGet(), reported);
                return at;
              });
        }
      }
      for (int i = 0; i < rechecks; i++) {
        get(completion.take(), cancelled);
      }
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("check cancelled");
      }
      return List.of(results).subList(0, reported);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Checks one file of the last run again, as it is on disk now (its fixes were not written), with
   * that run's project index, so that its findings are what they would have been.
   */
  public FileResult checkAgain(Input input) throws InterruptedException {
    ExecutorService pool = ParserThreads.pool(1);
    try {
      FileChecker checker = new FileChecker(settings, index).forRecheck(input);
      return pool.submit(() -> checkOne(checker, input, false)).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a check failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T get(Future<T> future, BooleanSupplier cancelled)
      throws InterruptedException {
    T value;
    try {
      value = future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a check failed unexpectedly", e.getCause());
    }
    if (cancelled.getAsBoolean()) {
      throw new CancellationException("check cancelled");
    }
    return value;
  }

  /**
   * A first look at a file's bytes, before any file is checked: whether its module must be awaited
   * by the index (it may define coroutine functions, or it is a package's {@code __init__}, which
   * re-exports them), and which modules it seems to import (for the order).
   */
  private List<String> prescan(Input input) {
    if (input.moduleName() == null) {
      return List.of();
    }
    boolean init = input.file().getFileName().toString().equals("__init__.py");
    byte[] bytes;
    try {
      bytes = whyNotReadable(input.file()).isPresent() ? null : Files.readAllBytes(input.file());
    } catch (IOException e) {
      bytes = null; // reported when the file is checked
    }
    if (init || (bytes != null && mayDefineCoroutines(bytes))) {
      index.expect(List.of(input.moduleName()));
    }
    return bytes == null
        ? List.of()
        : ImportOrder.importedModules(bytes, RelativeImports.packageOf(input.moduleName(), init));
  }

  /** Whether the bytes hold {@code async}, blanks or line joins, then {@code def}. */
  static boolean mayDefineCoroutines(byte[] bytes) {
    for (int i = 0; i + 8 < bytes.length; i++) {
      if (bytes[i] == 'a'
          && bytes[i + 1] == 's'
          && bytes[i + 2] == 'y'
          && bytes[i + 3] == 'n'
          && bytes[i + 4] == 'c') {
        int j = i + 5;
        while (j < bytes.length
            && (bytes[j] == ' '
                || bytes[j] == '\t'
                || bytes[j] == '\\'
                || bytes[j] == '\r'
                || bytes[j] == '\n')) {
          j++;
        }
        if (j > i + 5
            && j + 3 <= bytes.length
            && bytes[j] == 'd'
            && bytes[j + 1] == 'e'
            && bytes[j + 2] == 'f') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The largest file checked. A Python file of this size is generated data, not code anyone
   * reviews; the parse tree of a larger one would not fit in a default heap, and one file must
   * never cost the results of the others.
   */
  public static final long MAX_FILE_BYTES = 5L << 20;

  /**
   * Why a path is not read as a source file, if it is not: a FIFO would block the read forever, a
   * device never ends, a huge file exhausts the heap.
   */
  static Optional<String> whyNotReadable(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      // a folder reaches the checker only when the walk could not open it
      try (var entries = Files.newDirectoryStream(file)) {
        return Optional.of("not a regular file (a folder): skipped");
      } catch (IOException e) {
        return Optional.of(
            "a folder that cannot be read (" + reason(e) + "): the files in it are not checked");
      }
    }
    if (!attributes.isRegularFile()) {
      return Optional.of(
          "not a regular file ("
              + (attributes.isDirectory() ? "a folder" : "a FIFO, socket or device")
              + "): skipped");
    }
    if (attributes.size() > MAX_FILE_BYTES) {
      return Optional.of(
          "the file is "
              + (attributes.size() >> 20)
              + " MB, larger than the "
              + (MAX_FILE_BYTES >> 20)
              + " MB Asyncwright checks: skipped");
    }
    return Optional.empty();
  }

  /** What went wrong reading a file, in words: an exception's message is often just the path. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static FileResult checkOne(FileChecker checker, Input input, boolean fix) {
    byte[] bytes;
    try {
      Optional<String> why = whyNotReadable(input.file());
      if (why.isPresent()) {
        SyntaxError error = SyntaxError.unread(input.displayPath(), why.get());
        return new FileResult(
            input.displayPath(), null, null, Optional.of(error), List.of(), List.of(), List.of());
      }
      bytes = Files.readAllBytes(input.file());
    } catch (IOException e) {
      SyntaxError error =
          SyntaxError.unread(input.displayPath(), "cannot read the file: " + reason(e));
      return new FileResult(
          input.displayPath(), null, null, Optional.of(error), List.of(), List.of(), List.of());
    }
    SourceFile source;
    try {
      source = SourceFile.decode(input.displayPath(), bytes);
    } catch (UndecodableSourceException e) {
      SyntaxError error =
          new SyntaxError(input.displayPath(), e.line(), e.column(), e.getMessage());
      return new FileResult(
          input.displayPath(), null, null, Optional.of(error), List.of(), List.of(), List.of());
    }
    return slim(fix ? checker.fix(source) : checker.check(source));
  }

  /** The result, without the file's texts when there is nothing to show or write. */
  private static FileResult slim(FileResult result) {
    if (result.findings().isEmpty() && !result.changed() && result.syntaxError().isEmpty()) {
      // nothing to show or write: most files of a large tree, whose texts need not stay in memory
      return new FileResult(
          result.path(),
          null,
          null,
          Optional.empty(),
          List.of(),
          result.fixed(),
          result.problems());
    }
    return result;
  }
}
