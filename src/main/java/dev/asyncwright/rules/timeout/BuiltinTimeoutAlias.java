package dev.asyncwright.rules.timeout;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.ImportAsNameContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports;
import dev.asyncwright.rules.References;
import dev.asyncwright.rules.RewrittenImports;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import dev.asyncwright.tree.Argument;
import dev.asyncwright.tree.Expression;
import dev.asyncwright.tree.ValueUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * A name for the builtin {@code TimeoutError} that an older Python made a class of its own ({@code
 * asyncio.TimeoutError} until 3.11, {@code socket.timeout} until 3.10), written where the builtin
 * would do: the shared check and fixes of AW502 and AW504.
 *
 * <p>A dotted reference ({@code asyncio.TimeoutError}, {@code aio.exceptions.TimeoutError}) is
 * rewritten in place. A name bound by {@code from asyncio import TimeoutError [as X]} is fixed as a
 * whole, in one fix shared by all its uses: the import name goes (the statement too when it was its
 * only name) and every use of an alias becomes {@code TimeoutError}; rewriting the uses alone would
 * leave an unused import behind, and removing the import alone would break an alias. That fix is
 * only offered when every use can be rewritten and nothing outside the module can see the name.
 */
abstract class BuiltinTimeoutAlias implements Rule {

  /**
   * The alias: its qualified names, the modules it is imported from, its name there, the Python
   * from which it is the builtin, and how the messages spell it.
   */
  record Alias(
      Set<String> qualified,
      Set<String> modules,
      String attribute,
      PythonVersion since,
      String spelled) {}

  private static final String BUILTIN = "builtins.TimeoutError";

  private final Alias alias;

  BuiltinTimeoutAlias(Alias alias) {
    this.alias = alias;
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of(alias.attribute());
  }

  @Override
  public String fixSummary() {
    return "`TimeoutError`";
  }

  /** Before that version the alias is another class than the builtin. */
  @Override
  public Optional<PythonVersion> adviceNeeds() {
    return Optional.of(alias.since());
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    // each name on its own: `Alias` and `Other`, both asyncio's TimeoutError, have two imports
    Map<ImportedName, List<PrimaryContext>> imported = new LinkedHashMap<>();
    Map<String, List<Dotted>> dottedByHead = new LinkedHashMap<>();
    // Only a name imported as the alias, or a primary with a `.TimeoutError` trailer, can be
    // one: resolving every name of the module would be the rule's whole cost.
    Set<String> aliasNames = model.namesImporting(alias.qualified());
    Set<String> aboutItself = new java.util.HashSet<>();
    Set<String> attribute = Set.of(alias.attribute());
    for (PrimaryContext primary : model.namePrimaries()) {
      if (!References.mayRead(primary, aliasNames, attribute)) {
        continue;
      }
      Optional<References.Reference> read = References.to(model, primary, alias.qualified());
      if (read.isEmpty()) {
        continue;
      }
      int attributes = read.get().attributes();
      List<TrailerContext> trailers = read.get().trailers();
      if (attributes == trailers.size() && isAboutTheAlias(primary)) {
        // `assertIs(socket.timeout, TimeoutError)` tests the alias: the rewrite would leave
        // `assertIs(TimeoutError, TimeoutError)`, true and meaningless
        if (attributes == 0) {
          aboutItself.add(primary.getStart().getText());
        }
      } else if (attributes == 0) {
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
    }
    imported.forEach(
        (name, uses) ->
            importedName(context, name.scope(), uses, aboutItself.contains(name.name())));
    dottedByHead.forEach(
        (head, uses) -> {
          List<Edit> importRemoval =
              RewrittenImports.removalWith(
                  context, head, uses.stream().map(Dotted::primary).toList());
          uses.forEach(use -> dotted(context, use, importRemoval, uses.size()));
        });
  }

  /** {@code asyncio.TimeoutError}: the primary and its last trailer. */
  private record Dotted(PrimaryContext primary, TrailerContext last) {}

  /**
   * What the finding says of the alias: true on the target only from the version on where it became
   * the builtin; before, it is a class of its own.
   */
  private String aliasClaim(RuleContext context) {
    if (context.target().atLeast(alias.since())) {
      return "is an alias of the builtin `TimeoutError`";
    }
    return "is the builtin `TimeoutError` only from Python "
        + alias.since()
        + " on; on "
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
                alias.since(),
                edits)
            : new Fix("Replace with `TimeoutError`", Applicability.SAFE, alias.since(), edits));
  }

  /** A name bound in a scope. */
  private record ImportedName(Scope scope, String name) {}

  /**
   * Whether the reference is the alias as a thing in itself: compared ({@code is}, {@code is not},
   * {@code ==}, {@code !=}, {@code assertIs}, {@code assertIsNot}, {@code assertEqual}, {@code
   * assertNotEqual}) with the builtin or another alias of it, or the class {@code issubclass} asks
   * about. Code there checks what the alias is (CPython's own tests do): the rewrite would leave
   * {@code TimeoutError is TimeoutError}, true and pointless.
   */
  private boolean isAboutTheAlias(PrimaryContext primary) {
    if (primary.getParent() instanceof OperationContext operation
        && operation.primary().size() == 2
        && operation.binaryOperator().size() == 1
        && COMPARISONS.contains(operation.binaryOperator(0).getText())) {
      return namesTheBuiltin(operation.primary(operation.primary(0) == primary ? 1 : 0));
    }
    if (Expression.of(primary).use() instanceof ValueUse.Passed passed
        && passed.argument().kind() == Argument.Kind.POSITIONAL) {
      String called = passed.call().calledName().orElse("");
      List<Argument> arguments = passed.call().arguments();
      int index = arguments.indexOf(passed.argument());
      if (called.equals("issubclass")) {
        return index == 0;
      }
      return COMPARED.contains(called)
          && arguments.size() >= 2
          && index <= 1
          && arguments.get(1 - index).value().isPresent()
          && arguments.get(1 - index).kind() == Argument.Kind.POSITIONAL
          && namesTheBuiltin(arguments.get(1 - index).context());
    }
    return false;
  }

  /** Whether the code spells {@code TimeoutError} or an alias of it: {@code x.TimeoutError}... */
  private boolean namesTheBuiltin(ParserRuleContext code) {
    String text = code.getText();
    return text.equals("TimeoutError")
        || text.endsWith(".TimeoutError")
        || text.endsWith("." + alias.attribute());
  }

  private static final Set<String> COMPARISONS = Set.of("is", "isnot", "==", "!=");

  /** Assertions that compare their arguments as things. */
  private static final Set<String> COMPARED =
      Set.of("assertIs", "assertIsNot", "assertEqual", "assertNotEqual");

  /**
   * The uses of one name imported from the alias's module into one scope: one fix for them all;
   * none when a use is about the alias itself ({@code aboutItself}), which the fix would change.
   */
  private void importedName(
      RuleContext context, Scope scope, List<PrimaryContext> uses, boolean aboutItself) {
    ModuleModel model = context.model();
    String name = uses.get(0).getStart().getText();
    List<Finding> findings = new ArrayList<>();
    for (PrimaryContext use : uses) {
      Token token = use.getStart();
      findings.add(
          Finding.of(
              code(),
              "`" + name + "` is `" + alias.spelled() + "`, which " + aliasClaim(context),
              token.getStartIndex(),
              token.getStopIndex() + 1));
    }
    String why = aboutItself ? "a use of `" + name + "` checks the alias itself" : null;
    List<ImportAsNameContext> imports = new ArrayList<>();
    imports.addAll(Imports.fromImports(model, scope, alias.modules(), alias.attribute(), name));
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
              alias.since(),
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
   * Whether {@code TimeoutError} at the spot is the builtin class: the builtin itself, or the alias
   * imported there under that name, which is the same class on the Pythons the fix needs.
   */
  private boolean meansTheBuiltin(ModuleModel model, ParserRuleContext spot) {
    String meant = model.resolve("TimeoutError", spot).orElse("");
    return meant.equals(BUILTIN) || alias.qualified().contains(meant);
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
