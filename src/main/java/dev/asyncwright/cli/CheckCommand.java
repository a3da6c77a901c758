package dev.asyncwright.cli;

import dev.asyncwright.config.ConfigException;
import dev.asyncwright.engine.Checker;
import dev.asyncwright.engine.FileResult;
import dev.asyncwright.engine.Settings;
import dev.asyncwright.report.Diagnostic;
import dev.asyncwright.report.GithubReport;
import dev.asyncwright.report.JsonReport;
import dev.asyncwright.report.SarifReport;
import dev.asyncwright.report.Statistics;
import dev.asyncwright.report.TextReport;
import dev.asyncwright.report.UnifiedDiff;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.sample.BundledSample;
import dev.asyncwright.workspace.AppliedChanges;
import dev.asyncwright.workspace.GitRepository;
import dev.asyncwright.workspace.MigrationCommit;
import dev.asyncwright.workspace.MigrationMessage;
import dev.asyncwright.workspace.ScanPlan;
import dev.asyncwright.workspace.WorkspaceException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
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
          "The oldest Python the project supports, py38 to py315 (default: what pyproject.toml,"
              + " setup.cfg, setup.py or tox.ini declare, else py310).")
  private String targetVersion;

  @Option(
      names = "--preview",
      description = "Also run the preview rules (AW604), which are off unless named.")
  private boolean preview;

  @Option(
      names = "--output-format",
      paramLabel = "FORMAT",
      description = "text, json, sarif or github (default: text).")
  private Format format = Format.text;

  @Option(
      names = "--statistics",
      description = "Print how many findings each rule has, instead of the findings.")
  private boolean statistics;

  @Option(names = "--exit-zero", description = "Exit with 0 even when findings remain.")
  private boolean exitZero;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print the findings and nothing else.")
  private boolean quiet;

  @Option(
      names = "--commit",
      description = "With --fix: commit the files fixed, and only those, to the Git repository.")
  private boolean commit;

  @Option(
      names = "--message",
      paramLabel = "MSG",
      description = "With --commit: the commit's subject (default: counts the fixes).")
  private String message;

  @Option(
      names = "--branch",
      paramLabel = "NAME",
      description = "With --commit: create this branch from HEAD and commit there.")
  private String branch;

  @Option(
      names = "--sample",
      description =
          "Check a fresh copy of the bundled sample project (a temporary Git repository; the"
              + " output says where) instead of PATH; --fix and --diff work on the copy.")
  private boolean sample;

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
    if (sample) {
      if (!paths.isEmpty()) {
        err.println("asyncwright check: --sample checks the bundled sample; give it no PATH");
        return 2;
      }
      try {
        paths.add(sampleCopy());
      } catch (IOException | GitAPIException | RuntimeException e) {
        err.println(
            "asyncwright check: cannot make a copy of the sample project: " + e.getMessage());
        return 2;
      }
      // the report names the copy's files; a machine-readable report or a patch stays clean
      PrintWriter note = format == Format.text && !diff ? out : err;
      if (!quiet) {
        note.println(
            "Checking a fresh copy of the bundled sample project, in " + paths.get(0) + ".");
      }
    }
    if (paths.isEmpty()) {
      paths.add(Path.of("."));
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        err.println("asyncwright check: no such file or directory: " + path);
        return 2;
      }
    }
    if ((message != null || branch != null) && !commit || commit && (!fix || diff)) {
      err.println(
          "asyncwright check: --commit goes with --fix (and not --diff); --message and --branch with --commit");
      return 2;
    }
    GitRepository repository = null;
    if (commit) {
      try {
        repository = GitRepository.find(paths.get(0));
        repository.recovered().forEach(note -> err.println("asyncwright check: " + note));
        Optional<String> why = repository.whyNoCommit();
        if (why.isEmpty() && branch != null && repository.hasBranch(branch)) {
          why = Optional.of("a branch named " + branch + " exists already");
        }
        if (why.isPresent()) {
          err.println("asyncwright check: cannot commit, nothing written: " + why.get());
          repository.close();
          return 2;
        }
      } catch (WorkspaceException | IOException | GitAPIException e) {
        err.println("asyncwright check: cannot commit, nothing written: " + e.getMessage());
        return 2;
      }
    }
    try {
      return check(out, err, repository);
    } finally {
      if (repository != null) {
        repository.close();
      }
    }
  }

  /** Ends a migration that made no commit; a journal that cannot go is the next run's to clear. */
  private static void closeQuietly(MigrationCommit migration) {
    if (migration != null) {
      try {
        migration.close();
      } catch (IOException e) {
        // the next run that opens the repository finishes the clean-up
      }
    }
  }

  /**
   * A fresh copy of the bundled sample, made a Git repository with one commit as the window's
   * sample is: {@code --fix --commit} and the Git-aware file listing then work on it too.
   */
  private static Path sampleCopy() throws IOException, GitAPIException {
    Path folder = BundledSample.copy();
    GitRepository.createWithFirstCommit(folder, BundledSample.AUTHOR, BundledSample.EMAIL).close();
    return folder;
  }

  /** Why the file must not be fixed for the commit, or empty (an unreadable index: not fixed). */
  private static Optional<String> whyNotCommittable(GitRepository repository, Path file) {
    try {
      return repository.whyNotCommittable(file);
    } catch (IOException e) {
      return Optional.of("cannot read the Git status or index to tell (" + e.getMessage() + ")");
    }
  }

  private int check(PrintWriter out, PrintWriter err, GitRepository repository)
      throws InterruptedException {
    ScanPlan plan;
    try {
      plan =
          ScanPlan.of(
              paths,
              new ScanPlan.Overrides(
                  select, ignore, targetVersion, unsafeFixes ? true : null, preview ? true : null),
              note -> {
                if (!quiet) {
                  err.println("asyncwright check: " + note);
                }
              });
    } catch (ConfigException e) {
      err.println("asyncwright check: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("asyncwright check: cannot list the files: " + e.getMessage());
      return 2;
    }
    Settings settings = plan.settings();
    List<Checker.Input> inputs = plan.inputs();
    if (inputs.isEmpty() && format == Format.text) {
      // "All checks passed!" after checking nothing would mislead (Ruff warns the same way)
      out.println(
          "No Python files found under "
              + String.join(", ", paths.stream().map(Path::toString).toList())
              + ".");
      return 0;
    }
    Checker checker = new Checker(settings, threads);
    List<FileResult> results =
        checker.run(inputs, plan.context(), fix || diff, (r, d, t) -> {}, () -> false);

    int fixed = 0;
    boolean anyChange = false;
    List<AppliedChanges.Change> changes = new ArrayList<>();
    List<Integer> changed = new ArrayList<>();
    List<FileResult> reported = new ArrayList<>(results);
    List<String> committed = new ArrayList<>();
    List<String> committedFixes = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      FileResult result = results.get(i);
      result.problems().forEach(problem -> err.println(result.path() + ": " + problem));
      if (!result.changed()) {
        continue;
      }
      anyChange = true;
      // the path as listed, not rebuilt from its display name: a name that is not valid UTF-8
      // shows with U+FFFD, which names no file
      Path file = inputs.get(i).file();
      if (diff) {
        out.print(UnifiedDiff.of(result.path(), result.original().text(), result.result().text()));
        continue;
      }
      Optional<String> refused =
          repository == null ? Optional.empty() : whyNotCommittable(repository, file);
      if (refused.isPresent()) {
        err.println("asyncwright check: " + result.path() + ": " + refused.get() + "; not fixed");
        reported.set(i, checker.checkAgain(inputs.get(i)));
      } else {
        changes.add(
            new AppliedChanges.Change(file, result.original().bytes(), result.result().bytes()));
        changed.add(i);
      }
    }
    MigrationCommit migration = null;
    if (repository != null && !changes.isEmpty()) {
      // the commit's objects are stored before any file is touched: a locked index or a full disk
      // stops us here, with nothing written
      Map<String, MigrationCommit.FileBytes> contents = new LinkedHashMap<>();
      changes.forEach(
          change ->
              contents.put(
                  repository.gitPath(change.file()),
                  new MigrationCommit.FileBytes(change.before(), change.after())));
      try {
        migration = repository.startMigration(contents, branch);
      } catch (IOException | WorkspaceException e) {
        err.println(
            "asyncwright check: cannot commit, nothing written: " + repository.whyCommitFailed(e));
        return 2;
      }
    }
    AppliedChanges applied =
        migration == null ? AppliedChanges.apply(changes) : AppliedChanges.applyKeepingOld(changes);
    applied.problems().forEach(problem -> err.println("asyncwright check: " + problem));
    for (int i : changed) {
      FileResult result = results.get(i);
      Path file = inputs.get(i).file();
      if (!applied.files().contains(file)) {
        // not written: the file keeps its findings, those of what is on disk
        reported.set(i, checker.checkAgain(inputs.get(i)));
        continue;
      }
      fixed += result.fixed().size();
      if (repository != null) {
        committed.add(repository.gitPath(file));
        result.fixed().forEach(fix -> committedFixes.add(fix.code()));
      }
    }
    if (diff) {
      out.flush();
      return anyChange && !exitZero ? 1 : 0;
    }
    if (migration != null && !committed.isEmpty()) {
      String text =
          MigrationMessage.of(
              message, committedFixes, committed.size(), settings.target().toString());
      try {
        // the commit holds exactly the bytes we wrote: an edit made since stays the user's
        RevCommit made =
            migration.commit(committed, text, repository.author(true), repository.author(false));
        applied.forgetOld();
        migration.finish();
        String where = repository.isDetached() ? "detached HEAD" : repository.branch();
        out.printf("[%s %s] %s%n", where, made.abbreviate(7).name(), made.getShortMessage());
        int fixes = committedFixes.size();
        out.printf(
            "%d %s in %d %s committed%s%n",
            fixes,
            fixes == 1 ? "fix" : "fixes",
            committed.size(),
            committed.size() == 1 ? "file" : "files",
            repository.isDetached() ? " (on a detached HEAD: no branch points to it)" : "");
      } catch (IOException | RuntimeException e) {
        // a refused operation leaves nothing behind: put the files back as they were
        List<String> notRestored = applied.undo();
        closeQuietly(migration);
        err.println(
            "asyncwright check: the commit failed ("
                + repository.whyCommitFailed(e)
                + "); the fixes were undone");
        notRestored.forEach(problem -> err.println("asyncwright check: " + problem));
        return 2;
      }
    } else if (repository != null) {
      closeQuietly(migration);
      out.println("Nothing fixed: no commit made.");
    }
    List<Diagnostic> diagnostics = Diagnostic.of(reported);
    switch (format) {
      case json -> JsonReport.write(diagnostics, out);
      case sarif ->
          SarifReport.write(diagnostics, settings.rules(), AsyncwrightCommand.version(), out);
      case github -> GithubReport.write(diagnostics, out);
      default -> {
        // with --statistics, the counts stand in for the list, as in Ruff
        if (statistics) {
          Statistics.write(diagnostics, settings.unsafeFixes(), out);
        } else {
          TextReport.write(diagnostics, settings.unsafeFixes(), out);
        }
        if (!quiet) {
          TextReport.summary(diagnostics, fixed, fix, settings.unsafeFixes(), out);
          targetNotes(plan).forEach(out::println);
        }
      }
    }
    out.flush();
    return diagnostics.isEmpty() || exitZero ? 0 : 1;
  }

  /**
   * Which Python the check targets and why, and which rules it therefore leaves out: a wrong target
   * changes what is safe, so the user must see it.
   */
  static List<String> targetNotes(ScanPlan plan) {
    List<String> notes = new ArrayList<>();
    notes.add("Target: Python " + plan.target().describe() + ".");
    Map<String, List<String>> leftOut = new TreeMap<>();
    for (Rule rule : plan.leftOutForTarget()) {
      leftOut
          .computeIfAbsent(rule.adviceNeeds().orElseThrow().toString(), v -> new ArrayList<>())
          .add(rule.code());
    }
    leftOut.forEach(
        (version, codes) ->
            notes.add(
                "Not checked: "
                    + String.join(", ", codes)
                    + " (what "
                    + (codes.size() == 1 ? "it advises needs" : "they advise need")
                    + " Python "
                    + version
                    + "); name "
                    + (codes.size() == 1 ? "it" : "them")
                    + " in --select to check anyway."));
    return notes;
  }
}
