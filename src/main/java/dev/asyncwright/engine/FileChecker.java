package dev.asyncwright.engine;

import dev.asyncwright.engine.FileResult.AppliedFix;
import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.fix.VerifiedFixes;
import dev.asyncwright.python.ParseResult;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.ParserThreads;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.SyntaxError;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.ProjectIndex;
import dev.asyncwright.semantic.RelativeImports;
import dev.asyncwright.semantic.VersionBranches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one file, and fixes it if asked: runs the rules, applies the fixes that may be applied
 * (those that touch none before them), re-parses the result, and runs the rules again on it, until
 * nothing more can be fixed (at most {@value #MAX_ROUNDS} rounds). A fix whose result does not
 * parse is dropped and reported, never kept.
 */
public final class FileChecker {

  static final int MAX_ROUNDS = 10;

  private final Settings settings;
  private final ProjectIndex project;
  private final Set<String> ignored;
  private final String moduleName;
  private final boolean indexes;
  private final String packageName;
  private final Set<String> needles;
  private boolean consultedProject;

  /** A checker that reads the project index but adds nothing to it. */
  public FileChecker(Settings settings, ProjectIndex project) {
    this(settings, project, Set.of(), null, null, false);
  }

  private FileChecker(
      Settings settings,
      ProjectIndex project,
      Set<String> ignored,
      String moduleName,
      String packageName,
      boolean indexes) {
    this.settings = settings;
    this.project = project;
    this.ignored = ignored;
    this.moduleName = moduleName;
    this.packageName = packageName;
    this.indexes = indexes && moduleName != null;
    this.needles = new HashSet<>();
    settings.rules().forEach(rule -> needles.addAll(rule.requiredNames()));
    needles.add("async");
    needles.add("version_info");
  }

  /**
   * A checker for one file: it leaves out the codes its per-file ignores name, resolves the file's
   * relative imports in its package, and adds the file's coroutine functions to the project index
   * under its module name as it goes.
   */
  public FileChecker forFile(Checker.Input input) {
    return forInput(input, true);
  }

  /**
   * A checker for a file already indexed, checked again once the index is complete: as {@link
   * #forFile}, but it only reads the index.
   */
  public FileChecker forRecheck(Checker.Input input) {
    return forInput(input, false);
  }

  private FileChecker forInput(Checker.Input input, boolean indexes) {
    String name = input.moduleName();
    // The module name alone does not tell pkg.py from pkg/__init__.py; the file's name does.
    Path fileName = input.file() == null ? null : input.file().getFileName();
    boolean init = fileName != null && fileName.toString().equals("__init__.py");
    return new FileChecker(
        settings,
        project,
        Set.copyOf(input.ignored()),
        name,
        name == null ? null : RelativeImports.packageOf(name, init),
        indexes);
  }

  /** Whether a rule asked the project index while this checker ran. */
  public boolean consultedProject() {
    return consultedProject;
  }

  /** Checks a file without changing it. */
  public FileResult check(SourceFile source) {
    return run(source, false);
  }

  /** Checks a file and applies the fixes the settings allow; nothing is written. */
  public FileResult fix(SourceFile source) {
    return run(source, true);
  }

  /**
   * Checks (with {@code fix}, fixes in memory) a module parsed before, as {@link #check} would
   * check its source: a recheck needs no second parse.
   */
  public FileResult run(ParsedModule parsed, boolean fix) {
    return run(parsed.source(), parsed, fix);
  }

  /** The module the last run parsed (before any fix), if it parsed. */
  public Optional<ParsedModule> parsed() {
    return Optional.ofNullable(parsed);
  }

  private ParsedModule parsed;

  private FileResult run(SourceFile source, boolean fix) {
    ParseResult result = ParserThreads.parser().parse(source);
    if (result instanceof SyntaxError error) {
      return FileResult.syntaxError(source.path(), source, error);
    }
    parsed = (ParsedModule) result;
    return run(source, parsed, fix);
  }

  private FileResult run(SourceFile source, ParsedModule parsed, boolean fix) {
    List<String> problems = new ArrayList<>();
    List<AppliedFix> applied = new ArrayList<>();
    ParsedModule module = parsed;
    List<Finding> findings = findings(module, problems);
    Set<String> refused = new HashSet<>();
    boolean fixing = fix;
    if (fix && !source.roundTrips()) {
      fixing = false;
      problems.add(
          "not fixed: its bytes do not come back the same through its encoding ("
              + source.charset().name()
              + "), so writing it would change bytes far from any fix");
    }
    for (int round = 0; fixing && round < MAX_ROUNDS; round++) {
      // One fix may serve several findings: kept once, in the findings' order (position, then
      // rule code), so that fixes at the same spot are always taken in the same order.
      Map<Fix, Finding> fixable = new IdentityHashMap<>();
      List<Fix> ordered = new ArrayList<>();
      SourceFile current = module.source();
      for (Finding finding : findings) {
        finding
            .fix()
            .filter(this::allowed)
            .filter(candidate -> !refused.contains(key(current, finding, candidate)))
            .ifPresent(
                candidate -> {
                  if (fixable.putIfAbsent(candidate, finding) == null) {
                    ordered.add(candidate);
                  }
                });
      }
      if (fixable.isEmpty()) {
        break;
      }
      ParsedModule next = applyVerified(module, fixable, ordered, applied, refused, problems);
      if (next == module) {
        break;
      }
      module = next;
      findings = findings(module, problems);
    }
    return new FileResult(
        source.path(), source, module.source(), Optional.empty(), findings, applied, problems);
  }

  private boolean allowed(Fix fix) {
    return fix.applicability() == Applicability.SAFE
        || (fix.applicability() == Applicability.UNSAFE && settings.unsafeFixes());
  }

  /**
   * Applies the fixes that do not touch each other and returns the re-parsed result (the module
   * itself when none could be applied); each fix whose result does not parse is dropped for good.
   */
  private ParsedModule applyVerified(
      ParsedModule module,
      Map<Fix, Finding> fixable,
      List<Fix> ordered,
      List<AppliedFix> applied,
      Set<String> refused,
      List<String> problems) {
    VerifiedFixes.Result result = VerifiedFixes.apply(module.source(), ordered);
    for (VerifiedFixes.Dropped dropped : result.dropped()) {
      Finding finding = fixable.get(dropped.fix());
      refused.add(key(module.source(), finding, dropped.fix()));
      problems.add(
          dropped.describe(
              finding.code(), module.source().positionOfCodePoint(finding.start()).line()));
    }
    result
        .applied()
        .forEach(fix -> applied.add(new AppliedFix(fixable.get(fix).code(), fix.message())));
    return result.module().orElse(module);
  }

  /** Identifies a fix across rounds, whose offsets shift as other fixes apply. */
  private static String key(SourceFile source, Finding finding, Fix fix) {
    return finding.code()
        + '\0'
        + source.slice(finding.start(), finding.end())
        + '\0'
        + fix.edits().stream().map(edit -> edit.content()).toList();
  }

  private List<Finding> findings(ParsedModule module, List<String> problems) {
    TokenSummary tokens = TokenSummary.of(module, needles);
    List<Rule> rules =
        settings.rules().stream()
            .filter(rule -> !rule.onlyInCoroutines() || tokens.has("async"))
            .filter(
                rule ->
                    rule.requiredNames().isEmpty()
                        || rule.requiredNames().stream().anyMatch(tokens::has))
            .filter(rule -> rule.appliesTo(module, settings.target()))
            .toList();
    // every module is indexed, not just those with coroutines: their classes are the bases of
    // others, and they re-export names other modules import from them (aiohttp/http.py)
    boolean indexed = indexes;
    if (rules.isEmpty()) {
      // no rule can fire here: only its declarations matter, to the index
      if (indexed) {
        project.add(moduleName, ModuleModel.declarationsOf(module, packageName));
      }
      return new ArrayList<>();
    }
    ModuleModel model = ModuleModel.of(module, packageName);
    if (indexed) {
      project.add(moduleName, model);
    }
    Noqa noqa = tokens.mentionsNoqa() ? Noqa.of(module) : Noqa.NONE;
    // Code for older Pythons than the target never runs there: nothing to advise about it.
    VersionBranches older =
        tokens.has("version_info") ? VersionBranches.of(model, settings.target()) : null;
    List<Finding> found = new ArrayList<>();
    RuleContext context =
        new RuleContext(
            model,
            settings.target(),
            project,
            moduleName,
            finding -> {
              int line = module.source().positionOfCodePoint(finding.start()).line();
              if (!ignored.contains(finding.code())
                  && !noqa.suppresses(line, finding.code())
                  && (older == null || !older.neverRuns(finding.start()))) {
                found.add(finding);
              }
            });
    for (Rule rule : rules) {
      try {
        rule.check(context);
      } catch (RuntimeException e) {
        problems.add("rule " + rule.code() + " failed on this file: " + e);
      }
    }
    consultedProject |= context.consultedProject();
    found.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::code));
    return found;
  }
}
