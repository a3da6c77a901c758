package dev.asyncwright.rules.timeout;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import dev.asyncwright.python.antlr.PythonParser.ImportAsNameContext;
import dev.asyncwright.python.antlr.PythonParser.ImportFromContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.rules.CommaLists;
import dev.asyncwright.rules.Finding;
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
import org.antlr.v4.runtime.tree.ParseTree;

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
        "try:\n    await asyncio.wait_for(read(), 5)\nexcept asyncio.TimeoutError:\n    retry()",
        "try:\n    await asyncio.wait_for(read(), 5)\nexcept TimeoutError:\n    retry()",
        "Safe on Python 3.11+, where both names are the same object. Not offered where the"
            + " builtin `TimeoutError` is shadowed at that spot. A dotted reference is replaced in"
            + " place; `import asyncio` stays even if nothing else uses it. A name imported with"
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
    Map<Scope, List<PrimaryContext>> imported = new LinkedHashMap<>();
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
                  scope -> imported.computeIfAbsent(scope, s -> new ArrayList<>()).add(primary));
        } else {
          dotted(context, primary, trailers.get(attributes - 1));
        }
        break;
      }
    }
    imported.forEach((scope, uses) -> importedName(context, scope, uses));
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

  /** {@code asyncio.TimeoutError}: replaced in place. */
  private void dotted(RuleContext context, PrimaryContext primary, TrailerContext last) {
    int start = RuleContext.start(primary);
    int end = RuleContext.end(last);
    Finding finding =
        Finding.of(
            code(),
            "`" + context.text(start, end) + "` is an alias of the builtin `TimeoutError`",
            start,
            end);
    if (!context.model().resolve("TimeoutError", primary).equals(Optional.of(BUILTIN))) {
      context.report(finding.withheld("`TimeoutError` does not mean the builtin here"));
      return;
    }
    context.report(
        finding,
        Fix.safe("Replace with `TimeoutError`", NEEDS, new Edit(start, end, "TimeoutError")));
  }

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
              "`" + name + "` is `asyncio.TimeoutError`, an alias of the builtin `TimeoutError`",
              token.getStartIndex(),
              token.getStopIndex() + 1));
    }
    String why = null;
    List<ImportAsNameContext> imports = new ArrayList<>();
    collectImports(model, model.module().tree(), scope, name, imports);
    if (imports.isEmpty()) {
      why = "the import of `" + name + "` was not found";
    } else if (!imports.stream().allMatch(item -> unconditional(item, scope))) {
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
        if (!model.resolve("TimeoutError", use).equals(Optional.of(BUILTIN))) {
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
    if (why == null && exported && listedInAll(model, name)) {
      why = "`" + name + "` is listed in `__all__`";
    }
    if (why == null) {
      for (ImportAsNameContext item : imports) {
        edits.addAll(removeImport(context, item));
      }
    }
    Fix fix = null;
    if (why == null) {
      boolean init = context.source().path().replace('\\', '/').endsWith("__init__.py");
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

  /** Whether {@code TimeoutError} means the builtin once the scope's import of it is gone. */
  private static boolean builtinBehind(ModuleModel model, Scope scope) {
    if (scope == model.moduleScope()) {
      return !scope.binds("*"); // nothing but the import binds it there, or it would not be one
    }
    // From the scope that encloses the import's scope.
    return model.resolve("TimeoutError", scope.node()).equals(Optional.of(BUILTIN));
  }

  /**
   * Whether the import stands directly in the body of its scope, not under an {@code if}, {@code
   * try} or loop: removing a conditional import could turn a {@code NameError} into a value.
   */
  private static boolean unconditional(ImportAsNameContext item, Scope scope) {
    ParseTree holder = item.getParent().getParent().getParent().getParent().getParent().getParent();
    if (holder instanceof StatementContext) {
      holder = holder.getParent();
    }
    if (holder instanceof BlockContext) {
      holder = holder.getParent();
    }
    return holder == scope.node();
  }

  /** The names that {@code from asyncio import TimeoutError [as name]} binds in the scope. */
  private static void collectImports(
      ModuleModel model,
      ParseTree node,
      Scope scope,
      String name,
      List<ImportAsNameContext> found) {
    if (node instanceof ImportFromContext statement) {
      String module = statement.relativeModule().getText();
      if ((module.equals("asyncio") || module.equals("asyncio.exceptions"))
          && statement.importTargets().STAR() == null
          && model.scopeAt(statement) == scope) {
        for (ImportAsNameContext item : statement.importTargets().importAsName()) {
          String bound = item.AS() != null ? item.name(1).getText() : item.name(0).getText();
          if (item.name(0).getText().equals("TimeoutError") && bound.equals(name)) {
            found.add(item);
          }
        }
      }
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collectImports(model, node.getChild(i), scope, name, found);
    }
  }

  /** Whether a module-level {@code __all__} lists the name (as a string anywhere in the file). */
  private static boolean listedInAll(ModuleModel model, String name) {
    if (!model.moduleScope().binds("__all__")) {
      return false;
    }
    for (Token token : model.module().tokens()) {
      if (token.getType() == PythonLexer.STRING) {
        String text = token.getText();
        if (text.equals("'" + name + "'") || text.equals("\"" + name + "\"")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The edits that take one imported name out of its {@code from ... import}. */
  private static List<Edit> removeImport(RuleContext context, ImportAsNameContext item) {
    ImportFromContext statement = (ImportFromContext) item.getParent().getParent();
    List<ImportAsNameContext> items = statement.importTargets().importAsName();
    if (items.size() > 1) {
      Token open = statement.importTargets().getStart();
      Token close = statement.importTargets().getStop();
      boolean parenthesized = open.getType() == PythonLexer.LPAR;
      return CommaLists.remove(
          context,
          items,
          items.indexOf(item),
          parenthesized ? open : null,
          parenthesized ? close : null);
    }
    return List.of(removeStatement(context, statement));
  }

  /** Removes a whole import statement: its line, or its part of a {@code ;} line, or by `pass`. */
  private static Edit removeStatement(RuleContext context, ImportFromContext statement) {
    SimpleStatementContext simple = (SimpleStatementContext) statement.getParent().getParent();
    SimpleStatementsContext line = (SimpleStatementsContext) simple.getParent();
    List<SimpleStatementContext> parts = line.simpleStatement();
    if (parts.size() > 1) {
      int index = parts.indexOf(simple);
      if (index > 0) {
        return Edit.delete(RuleContext.end(parts.get(index - 1)), RuleContext.end(simple));
      }
      return Edit.delete(RuleContext.start(simple), RuleContext.start(parts.get(1)));
    }
    ParserRuleContext holder = line.getParent();
    boolean alone =
        holder instanceof BlockContext
            || (holder instanceof StatementContext
                && holder.getParent() instanceof BlockContext block
                && block.statement().size() == 1);
    if (alone) {
      return new Edit(RuleContext.start(statement), RuleContext.end(statement), "pass");
    }
    Token newline = line.getStop();
    int start = lineStart(context, RuleContext.start(line));
    if (start < 0) {
      return new Edit(RuleContext.start(statement), RuleContext.end(statement), "pass");
    }
    int end =
        newline.getStopIndex() < newline.getStartIndex()
            ? newline.getStartIndex()
            : newline.getStopIndex() + 1;
    return Edit.delete(start, end);
  }

  /** The start of the line of an offset, if only spaces and tabs stand before it; else -1. */
  private static int lineStart(RuleContext context, int offset) {
    int at = offset;
    while (at > 0) {
      String previous = context.text(at - 1, at);
      if (previous.equals("\n") || previous.equals("\r")) {
        return at;
      }
      if (!previous.equals(" ") && !previous.equals("\t") && !previous.equals("\f")) {
        return -1;
      }
      at--;
    }
    return 0;
  }
}
