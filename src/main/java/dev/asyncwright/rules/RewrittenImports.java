package dev.asyncwright.rules;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.python.antlr.PythonParser.DottedAsNameContext;
import dev.asyncwright.python.antlr.PythonParser.FileInputContext;
import dev.asyncwright.python.antlr.PythonParser.ImportAsNameContext;
import dev.asyncwright.python.antlr.PythonParser.ImportNameContext;
import dev.asyncwright.python.antlr.PythonParser.NameContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.RelativeModuleContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The import behind the calls a rule's fixes rewrite away ({@code functools.partial} unwrapped by
 * AW201, {@code time.sleep} made {@code asyncio.sleep} by AW101, however imported): whether the
 * rewrites kill it, and how it goes then. An import left unused is what pyflakes reports first.
 */
public final class RewrittenImports {

  /** What the rewrites do to the import. */
  public enum Kind {
    /** Something else uses the name: the rewrites may go as they are. */
    STILL_USED,
    /** The rewrites are the name's only uses: its import dies with the last of them. */
    DIES,
    /** The name's binding is not one import: nobody knows what the rewrites leave. */
    UNKNOWN
  }

  /** What the rewrites do to the import, and, when it dies, how it goes. */
  public record Fate(Kind kind, LastUse lastUse) {}

  private static final Fate STILL_USED = new Fate(Kind.STILL_USED, null);
  private static final Fate UNKNOWN = new Fate(Kind.UNKNOWN, null);

  private RewrittenImports() {}

  /**
   * What each fix of the {@code rewritten} calls (every fixed use of the name {@code head}) does to
   * the import behind them: nothing while other uses keep it; when the rewrites are its only uses,
   * the last fix applied removes it (pyflakes would report it unused). An import that cannot go
   * cleanly (under an {@code if}, sharing its line, bound twice) stays.
   */
  public static List<Edit> removalWith(
      RuleContext context, String head, List<PrimaryContext> rewritten) {
    Fate fate = of(context, head, rewritten);
    if (fate.kind() != Kind.DIES || fate.lastUse().removal().isEmpty()) {
      return List.of();
    }
    return fate.lastUse().extra(rewritten.size()).orElseThrow();
  }

  /**
   * The fate of the import that {@code name}, the head of each of {@code rewritten}, stands for.
   */
  public static Fate of(RuleContext context, String name, List<PrimaryContext> rewritten) {
    ModuleModel model = context.model();
    PrimaryContext first = rewritten.get(0);
    Optional<Scope> scope = model.bindingScope(name, first);
    if (scope.isEmpty()
        || rewritten.stream().anyMatch(p -> !model.bindingScope(name, p).equals(scope))) {
      return UNKNOWN;
    }
    List<ParseTree> bindings = new ArrayList<>();
    collect(model, model.module().tree(), scope.get(), name, bindings);
    if (bindings.size() != 1) {
      return UNKNOWN;
    }
    NameContext bound = boundName(bindings.get(0));
    Set<Integer> allowed = new HashSet<>();
    allowed.add(bound.getStart().getTokenIndex());
    rewritten.forEach(p -> allowed.add(p.getStart().getTokenIndex()));
    for (PrimaryContext primary : model.namePrimaries()) {
      if (primary.getStart().getText().equals(name) && Arguments.isKeywordName(primary)) {
        allowed.add(primary.getStart().getTokenIndex());
      }
    }
    moduleNames(model.module().tree(), allowed);
    if (!LastUse.onlyMentions(model, name, model.module().tree(), allowed)) {
      return STILL_USED;
    }
    return new Fate(
        Kind.DIES,
        new LastUse(LastUse.touch(bound), removal(context, bindings.get(0), scope.get())));
  }

  /** The tokens of the modules {@code from M import ...} names: they bind nothing. */
  private static void moduleNames(ParseTree node, Set<Integer> tokens) {
    if (node instanceof RelativeModuleContext module) {
      for (int i = module.getStart().getTokenIndex(); i <= module.getStop().getTokenIndex(); i++) {
        tokens.add(i);
      }
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      moduleNames(node.getChild(i), tokens);
    }
  }

  /** The import items in the scope that bind the name. */
  private static void collect(
      ModuleModel model, ParseTree node, Scope scope, String name, List<ParseTree> found) {
    if ((node instanceof ImportAsNameContext || node instanceof DottedAsNameContext)
        && boundName(node) != null
        && boundName(node).getText().equals(name)
        && model.scopeAt(node) == scope) {
      found.add(node);
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(model, node.getChild(i), scope, name, found);
    }
  }

  /**
   * The name an import item binds: {@code partial} in {@code from functools import partial}, {@code
   * ft} in {@code import functools as ft}; null for {@code import a.b} (which binds {@code a}).
   */
  private static NameContext boundName(ParseTree item) {
    if (item instanceof ImportAsNameContext from) {
      return from.AS() != null ? from.name(1) : from.name(0);
    }
    DottedAsNameContext dotted = (DottedAsNameContext) item;
    if (dotted.AS() != null) {
      return dotted.name();
    }
    return dotted.dottedName().name().size() == 1 ? dotted.dottedName().name(0) : null;
  }

  /**
   * The edits that remove the import, if it can go: unconditional, and not sharing a line with
   * another statement (another name of the same import may stay).
   */
  private static Optional<List<Edit>> removal(RuleContext context, ParseTree item, Scope scope) {
    if (item instanceof ImportAsNameContext from) {
      return Imports.unconditional(from, scope)
          ? Optional.of(Imports.removeFromImport(context, from))
          : Optional.empty();
    }
    ImportNameContext statement = (ImportNameContext) item.getParent();
    Optional<StatementContext> moduleLevel =
        Statements.aloneStatement(statement)
            .map(simple -> simple.getParent().getParent())
            .filter(StatementContext.class::isInstance)
            .map(StatementContext.class::cast)
            .filter(whole -> whole.getParent() instanceof FileInputContext);
    List<DottedAsNameContext> items = statement.dottedAsName();
    if (items.size() > 1) {
      // `import os, time`: the one module goes with its comma, the others stay.
      return moduleLevel.map(
          whole -> CommaLists.remove(context, items, items.indexOf(item), null, null));
    }
    return moduleLevel
        .flatMap(
            whole -> Lines.deleteLines(context.source(), context.model().module().tokens(), whole))
        .map(List::of);
  }
}
