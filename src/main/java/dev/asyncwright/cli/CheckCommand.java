package dev.asyncwright.cli;

import dev.asyncwright.config.ConfigException;
import dev.asyncwright.config.ConfigLoader;
import dev.asyncwright.config.ProjectConfig;
import dev.asyncwright.config.RuleSelection;
import dev.asyncwright.engine.Checker;
import dev.asyncwright.engine.FileResult;
import dev.asyncwright.engine.Settings;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.report.Diagnostic;
import dev.asyncwright.report.GithubReport;
import dev.asyncwright.report.JsonReport;
import dev.asyncwright.report.SarifReport;
import dev.asyncwright.report.Statistics;
import dev.asyncwright.report.TextReport;
import dev.asyncwright.report.UnifiedDiff;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.semantic.ProjectIndex;
import dev.asyncwright.workspace.AtomicWriter;
import dev.asyncwright.workspace.SourceTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check}: finds asyncio anti-patterns, reports them, and fixes what may be fixed. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check Python files for asyncio anti-patterns (and fix them).")
final class CheckCommand implements Callable<Integer> {

  /** The report formats. */
  enum Format {
    text,
    json,
    sarif,
    github
  }

  @Parameters(paramLabel = "PATH", description = "Files or folders (default: .).")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--fix", description = "Apply safe fixes (and unsafe ones with --unsafe-fixes).")
  private boolean fix;

  @Option(names = "--unsafe-fixes", description = "Also apply fixes that change behaviour.")
  private boolean unsafeFixes;

  @Option(
      names = "--diff",
      description = "Print what --fix would change as a unified diff; write nothing.")
  private boolean diff;

  @Option(
      names = "--select",
      split = ",",
      paramLabel = "CODES",
      description = "Rule codes or prefixes to run (ALL for every rule).")
  private List<String> select;

  @Option(
      names = "--ignore",
      split = ",",
      paramLabel = "CODES",
      description = "Rule codes or prefixes to leave out.")
  private List<String> ignore;

  @Option(
      names = "--target-version",
      paramLabel = "pyXY",
      description =
          "The oldest Python the project supports (default: from pyproject.toml, else py311).")
  private String targetVersion;

  @Option(
      names = "--output-format",
      paramLabel = "FORMAT",
      description = "text, json, sarif or github (default: text).")
  private Format format = Format.text;

  @Option(names = "--statistics", description = "Print how many findings each rule has.")
  private boolean statistics;

  @Option(names = "--exit-zero", description = "Exit with 0 even when findings remain.")
  private boolean exitZero;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print the findings and nothing else.")
  private boolean quiet;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: one per core).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (paths.isEmpty()) {
      paths.add(Path.of("."));
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        err.println("asyncwright check: no such file or directory: " + path);
        return 2;
      }
    }
    ProjectConfig config;
    Settings settings;
    try {
      config = ConfigLoader.find(paths.get(0));
      settings = settings(config);
    } catch (ConfigException e) {
      err.println("asyncwright check: " + e.getMessage());
      return 2;
    }
    Path configRoot = config.root().orElse(null);
    List<SourceTree.Found> files;
    try {
      files = SourceTree.find(paths, config.exclude(), configRoot);
    } catch (IOException e) {
      err.println("asyncwright check: cannot list the files: " + e.getMessage());
      return 2;
    }
    List<Checker.Input> inputs = new ArrayList<>();
    try {
      for (SourceTree.Found file : files) {
        inputs.add(
            new Checker.Input(
                file.file(),
                file.displayPath(),
                ProjectIndex.moduleName(relative(file.file(), configRoot, paths)),
                ignoredCodes(file.file(), config)));
      }
    } catch (ConfigException e) {
      err.println("asyncwright check: " + e.getMessage());
      return 2;
    }
    List<FileResult> results =
        new Checker(settings, threads).run(inputs, fix || diff, (r, d, t) -> {}, () -> false);

    int fixed = 0;
    boolean changes = false;
    List<FileResult> reported = new ArrayList<>(results);
    for (int i = 0; i < results.size(); i++) {
      FileResult result = results.get(i);
      result.problems().forEach(problem -> err.println(result.path() + ": " + problem));
      if (!result.changed()) {
        continue;
      }
      changes = true;
      if (diff) {
        out.print(UnifiedDiff.of(result.path(), result.original().text(), result.result().text()));
      } else {
        try {
          AtomicWriter.replace(
              Path.of(result.path()), result.original().bytes(), result.result().bytes());
          fixed += result.fixed().size();
        } catch (AtomicWriter.WriteRefused refused) {
          err.println("asyncwright check: " + refused.getMessage());
          // the file keeps its findings: report those of what is on disk
          reported.set(
              i,
              new Checker(settings, 1)
                  .run(List.of(inputs.get(i)), false, (r, d, t) -> {}, () -> false)
                  .get(0));
        }
      }
    }
    if (diff) {
      out.flush();
      return changes && !exitZero ? 1 : 0;
    }
    List<Diagnostic> diagnostics = Diagnostic.of(reported);
    switch (format) {
      case json -> JsonReport.write(diagnostics, out);
      case sarif ->
          SarifReport.write(diagnostics, settings.rules(), AsyncwrightCommand.version(), out);
      case github -> GithubReport.write(diagnostics, out);
      default -> {
        TextReport.write(diagnostics, settings.unsafeFixes(), out);
        if (statistics) {
          Statistics.write(diagnostics, settings.unsafeFixes(), out);
        }
        if (!quiet) {
          TextReport.summary(diagnostics, fixed, fix, settings.unsafeFixes(), out);
        }
      }
    }
    out.flush();
    return diagnostics.isEmpty() || exitZero ? 0 : 1;
  }

  private Settings settings(ProjectConfig config) throws ConfigException {
    List<String> selected = select != null ? select : config.select().orElse(List.of("ALL"));
    List<String> ignored = ignore != null ? ignore : config.ignore().orElse(List.of());
    List<Rule> rules =
        RuleSelection.of(
            selected,
            ignored,
            select != null || ignore != null
                ? "--select/--ignore"
                : config.file().map(Path::toString).orElse("defaults"));
    PythonVersion target;
    try {
      target = targetVersion != null ? PythonVersion.parse(targetVersion) : config.target();
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--target-version: " + e.getMessage());
    }
    return new Settings(rules, target, unsafeFixes || config.unsafeFixes().orElse(false));
  }

  /** The codes that per-file-ignores leave out for this file (codes or prefixes). */
  private static Set<String> ignoredCodes(Path file, ProjectConfig config) throws ConfigException {
    Set<String> codes = new HashSet<>();
    if (config.root().isEmpty()) {
      return codes;
    }
    Path root = config.root().get();
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return codes;
    }
    Path relative = root.relativize(absolute);
    for (Map.Entry<String, List<String>> entry : config.perFileIgnores().entrySet()) {
      if (SourceTree.matches(entry.getKey(), relative)) {
        for (Rule rule :
            RuleSelection.of(
                entry.getValue(),
                List.of(),
                config.file().get() + ": per-file-ignores \"" + entry.getKey() + "\"")) {
          codes.add(rule.code());
        }
      }
    }
    return codes;
  }

  /** The path the module name comes from: relative to the project, else to the path given. */
  private static String relative(Path file, Path configRoot, List<Path> paths) {
    Path absolute = file.toAbsolutePath().normalize();
    if (configRoot != null && absolute.startsWith(configRoot)) {
      return configRoot.relativize(absolute).toString();
    }
    for (Path path : paths) {
      Path base = path.toAbsolutePath().normalize();
      if (Files.isDirectory(base) && absolute.startsWith(base)) {
        return base.relativize(absolute).toString();
      }
    }
    return file.getFileName().toString();
  }
}
