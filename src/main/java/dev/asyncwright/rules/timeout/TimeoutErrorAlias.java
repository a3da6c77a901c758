package dev.asyncwright.rules.timeout;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.ImportAsNameContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports;
import dev.asyncwright.rules.RewrittenImports;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Targets;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * AW502: {@code asyncio.TimeoutError}, an alias of the builtin {@code TimeoutError} since Python
 * 3.11, written where the builtin would do.
 *
 * <p>A dotted reference ({@code asyncio.TimeoutError}, {@code aio.exceptions.TimeoutError}) is
 * rewritten in place. A name bound by {@code from asyncio import TimeoutError [as X]} is fixed as a
 * whole, in one fix shared by all its uses: the import name goes (the statement too when it was its
 * only name) and every use of an alias becomes {@code TimeoutError}; rewriting the uses alone would
 * leave an unused import behind, and removing the import alone would break an alias. That fix is
 * only offered when every use can be rewritten and nothing outside the module can see the name.
 */
public final class TimeoutErrorAlias implements Rule {

  private static final Set<String> ALIASES =
      Set.of("asyncio.TimeoutError", "asyncio.exceptions.TimeoutError");
  private static final Set<String> ASYNCIO_MODULES = Set.of("asyncio", "asyncio.exceptions");
  private static final String BUILTIN = "builtins.TimeoutError";
  private static final PythonVersion NEEDS = new PythonVersion(11);

  @Override
  public String code() {
    return "AW502";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("TimeoutError");
  }

  @Override
  public String fixSummary() {
    return "`TimeoutError`";
  }

  @Override
  public String finds() {
    return "`asyncio.TimeoutError`, an alias of `TimeoutError`";
  }

  /** Before 3.11 {@code asyncio.TimeoutError} is another class than the builtin. */
  @Override
  public Optional<PythonVersion> adviceNeeds() {
    return Optional.of(new PythonVersion(11));
  }

  @Override
  public String name() {
    return "timeout-error-alias";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Every reference to `asyncio.TimeoutError` (also `asyncio.exceptions.TimeoutError`, any"
            + " import alias of asyncio, and a name bound by `from asyncio import TimeoutError"
            + " [as X]`), anywhere in the file: `except` clauses, `raise`, `isinstance` tuples.",
        "Since Python 3.11 `asyncio.TimeoutError` is the builtin `TimeoutError` under another"
            + " name. The alias suggests a separate exception, which makes readers wonder whether"
            + " `except TimeoutError` catches it (it does) and keeps an import alive for nothing.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def read_or_retry():\n"
            + "    try:\n"
            + "        await asyncio.wait_for(read(), 5)\n"
            + "    except asyncio.TimeoutError:\n"
            + "        retry()",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def read_or_retry():\n"
            + "    try:\n"
            + "        await asyncio.wait_for(read(), 5)\n"
            + "    except TimeoutError:\n"
            + "        retry()",
        "Safe on Python 3.11+, where both names are the same object (only code that rebinds"
            + " `asyncio.TimeoutError` itself, a mock of the module, would see them differ). Not"
            + " offered where the"
            + " builtin `TimeoutError` is shadowed at that spot (by anything but asyncio's own"
            + " `TimeoutError`, the same class). Code in a branch for older"
            + " Pythons (`if sys.version_info < (3, 11):`, the `else` of `>= (3, 11)`) is not"
            + " reported: there the two are different classes, and the target never runs it. A"
            + " dotted reference is replaced in"
            + " place; when the rewritten references were the only uses of `import asyncio`, the"
            + " last of their fixes removes the import too, and that one is unsafe (another"
            + " module may read this one's `asyncio` attribute); an import that cannot go cleanly"
            + " (under an `if` or `try`, sharing its line) stays. A name imported with"
            + " `from asyncio import TimeoutError [as X]` is fixed by one fix for all its uses:"
            + " the imported name is removed from its import (the whole statement if it was the"
            + " only one) and uses of an alias become `TimeoutError`. That fix is not offered when"
            + " some use cannot be rewritten (deleted, assigned, shadowed builtin), when the name"
            + " is listed in the module's `__all__`, and is unsafe when the import is at module"
            + " level: another module may import the name from this one.",
        "3.11 (where `asyncio.TimeoutError` became the builtin)");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    // each name on its own: `Alias` and `Other`, both asyncio's TimeoutError, have two imports
    Map<ImportedName, List<PrimaryContext>> imported = new LinkedHashMap<>();
    Map<String, List<Dotted>> dottedByHead = new LinkedHashMap<>();
    // Only a name imported as the alias, or a primary with a `.TimeoutError` trailer, can be
    // one: resolving every name of the module would be the rule's whole cost.
    Set<String> aliasNames = model.namesImporting(ALIASES);
    for (PrimaryContext primary : model.namePrimaries()) {
      List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
      if (!aliasNames.contains(primary.getStart().getText()) && !mentionsTimeoutError(trailers)) {
        continue;
      }
      for (int attributes = 0; attributes <= Math.min(2, trailers.size()); attributes++) {
        if (attributes > 0 && !(trailers.get(attributes - 1) instanceof AttributeContext)) {
          break;
        }
        if (!ALIASES.contains(model.qualifiedName(primary, attributes).orElse(""))) {
          continue;
        }
        if (Targets.isTarget(primary) && attributes == trailers.size()) {
          break; // assigned or deleted, not read
        }
        if (attributes == 0) {
          model
              .bindingScope(primary.getStart().getText(), primary)
              .ifPresent(
                  scope ->
                      imported
                          .computeIfAbsent(
                              new ImportedName(scope, primary.getStart().getText()),
                              key -> new ArrayList<>())
                          .add(primary));
        } else {
          dottedByHead
              .computeIfAbsent(primary.getStart().getText(), head -> new ArrayList<>())
              .add(new Dotted(primary, trailers.get(attributes - 1)));
        }
        break;
      }
    }
    imported.forEach((name, uses) -> importedName(context, name.scope(), uses));
    dottedByHead.forEach(
        (head, uses) -> {
          List<Edit> importRemoval = importRemoval(context, head, uses);
          uses.forEach(use -> dotted(context, use, importRemoval, uses.size()));
        });
  }

  /** {@code asyncio.TimeoutError}: the primary and its last trailer. */
  private record Dotted(PrimaryContext primary, TrailerContext last) {}

  /**
   * What each fix of {@code uses} (every rewritten {@code head.TimeoutError}) does to the import of
   * {@code head}: nothing while other uses keep it; when the rewrites are its only uses, the last
   * fix applied removes it (pyflakes would report it unused). An import that cannot go cleanly
   * stays.
   */
  private static List<Edit> importRemoval(RuleContext context, String head, List<Dotted> uses) {
    RewrittenImports.Fate fate =
        RewrittenImports.of(context, head, uses.stream().map(Dotted::primary).toList());
    if (fate.kind() != RewrittenImports.Kind.DIES || fate.lastUse().removal().isEmpty()) {
      return List.of();
    }
    return fate.lastUse().extra(uses.size()).orElseThrow();
  }

  private static boolean mentionsTimeoutError(List<TrailerContext> trailers) {
    for (int i = 0; i < Math.min(2, trailers.size()); i++) {
      if (trailers.get(i) instanceof AttributeContext attribute
          && attribute.name().getStart().getText().equals("TimeoutError")) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the finding says of the alias: true on the target only from 3.11 on, when {@code
   * asyncio.TimeoutError} became the builtin; before, it is a class of its own.
   */
  private static String aliasClaim(RuleContext context) {
    if (context.target().atLeast(NEEDS)) {
      return "is an alias of the builtin `TimeoutError`";
    }
    return "is the builtin `TimeoutError` only from Python 3.11 on; on "
        + context.target()
        + ", the target, it is a class of its own";
  }

  /**
   * {@code asyncio.TimeoutError}: replaced in place. The fix that removes the module's import is
   * unsafe: other modules may read the module's {@code asyncio} attribute.
   */
  private void dotted(RuleContext context, Dotted use, List<Edit> importRemoval, int uses) {
    PrimaryContext primary = use.primary();
    int start = RuleContext.start(primary);
    int end = RuleContext.end(use.last());
    Finding finding =
        Finding.of(code(), "`" + context.text(start, end) + "` " + aliasClaim(context), start, end);
    if (!meansTheBuiltin(context.model(), primary)) {
      context.report(finding.withheld("`TimeoutError` does not mean the builtin here"));
      return;
    }
    List<Edit> edits = new ArrayList<>(importRemoval);
    edits.add(new Edit(start, end, "TimeoutError"));
    boolean removesImport = uses == 1 && !importRemoval.isEmpty();
    context.report(
        finding,
        removesImport
            ? new Fix(
                "Replace with `TimeoutError` and drop the import of `"
                    + primary.getStart().getText()
                    + "`, left unused",
                Applicability.UNSAFE,
                NEEDS,
                edits)
            : new Fix("Replace with `TimeoutError`", Applicability.SAFE, NEEDS, edits));
  }

  /** A name bound in a scope. */
  private record ImportedName(Scope scope, String name) {}

  /** The uses of one name imported from asyncio into one scope: one fix for them all. */
  private void importedName(RuleContext context, Scope scope, List<PrimaryContext> uses) {
    ModuleModel model = context.model();
    String name = uses.get(0).getStart().getText();
    List<Finding> findings = new ArrayList<>();
    for (PrimaryContext use : uses) {
      Token token = use.getStart();
      findings.add(
          Finding.of(
              code(),
              "`" + name + "` is `asyncio.TimeoutError`, which " + aliasClaim(context),
              token.getStartIndex(),
              token.getStopIndex() + 1));
    }
    String why = null;
    List<ImportAsNameContext> imports = new ArrayList<>();
    imports.addAll(Imports.fromImports(model, scope, ASYNCIO_MODULES, "TimeoutError", name));
    if (imports.isEmpty()) {
      why = "the import of `" + name + "` was not found";
    } else if (!imports.stream().allMatch(item -> Imports.unconditional(item, scope))) {
      why = "`" + name + "` is imported conditionally";
    }
    List<Edit> edits = new ArrayList<>();
    for (PrimaryContext use : model.namePrimaries()) {
      if (why != null
          || !use.getStart().getText().equals(name)
          || !model.bindingScope(name, use).equals(Optional.of(scope))) {
        continue;
      }
      if (!uses.contains(use)) {
        why = "`" + name + "` is assigned or deleted";
      } else if (!name.equals("TimeoutError")) {
        if (!meansTheBuiltin(model, use)) {
          why = "`TimeoutError` does not mean the builtin everywhere `" + name + "` is used";
        } else {
          Token token = use.getStart();
          edits.add(new Edit(token.getStartIndex(), token.getStopIndex() + 1, "TimeoutError"));
        }
      }
    }
    if (why == null && name.equals("TimeoutError") && !builtinBehind(model, scope)) {
      why = "without the import, `TimeoutError` would not mean the builtin";
    }
    boolean exported = scope == model.moduleScope();
    if (why == null && exported && Imports.listedInAll(model, name)) {
      why = "`" + name + "` is listed in `__all__`";
    }
    if (why == null) {
      for (ImportAsNameContext item : imports) {
        edits.addAll(Imports.removeFromImport(context, item));
      }
    }
    Fix fix = null;
    if (why == null) {
      fix =
          new Fix(
              "Use the builtin `TimeoutError` and drop the import of `" + name + "`",
              exported ? Applicability.UNSAFE : Applicability.SAFE,
              NEEDS,
              edits);
    }
    for (Finding finding : findings) {
      if (fix != null) {
        context.report(finding, fix);
      } else {
        context.report(finding.withheld(why));
      }
    }
  }

  /**
   * Whether {@code TimeoutError} at the spot is the builtin class: the builtin itself, or asyncio's
   * name for it imported there, which is the same class on the Pythons the fix needs (3.11 on).
   */
  private static boolean meansTheBuiltin(ModuleModel model, ParserRuleContext spot) {
    String meant = model.resolve("TimeoutError", spot).orElse("");
    return meant.equals(BUILTIN) || ALIASES.contains(meant);
  }

  /** Whether {@code TimeoutError} means the builtin once the scope's import of it is gone. */
  private static boolean builtinBehind(ModuleModel model, Scope scope) {
    if (scope == model.moduleScope()) {
      return !scope.binds("*"); // nothing but the import binds it there, or it would not be one
    }
    // From the scope that encloses the import's scope.
    return model.resolve("TimeoutError", scope.node()).equals(Optional.of(BUILTIN));
  }
}
