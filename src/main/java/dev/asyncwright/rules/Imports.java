package dev.asyncwright.rules;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ImportAsNameContext;
import dev.asyncwright.python.antlr.PythonParser.ImportFromContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.StringAtomContext;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * How a fix refers to a module: through the name the file already imports it under ({@code aio}
 * after {@code import asyncio as aio}), or by adding {@code import asyncio} under a name nothing
 * else uses: with the file's standard-library imports, in order (see {@link
 * StandardLibraryImports}), else after its leading imports (or its docstring).
 */
public final class Imports {

  private final ModuleModel model;

  Imports(ModuleModel model) {
    this.model = model;
  }

  /** A name that refers to the module at {@code at}, and the import edit it takes, if any. */
  public record ModuleReference(String name, Optional<Edit> importEdit) {}

  public ModuleReference module(String moduleName, ParseTree at) {
    Optional<String> alias = model.moduleAlias(moduleName, at);
    if (alias.isPresent()) {
      return new ModuleReference(alias.get(), Optional.empty());
    }
    String name = moduleName;
    String statement = "import " + moduleName;
    if (!freeEverywhere(name)) {
      name = moduleName + "_";
      while (!freeEverywhere(name)) {
        name = name + "_";
      }
      statement = "import " + moduleName + " as " + name;
    }
    String added = statement;
    return new ModuleReference(
        name,
        Optional.of(
            StandardLibraryImports.placed(model, moduleName, added)
                .orElseGet(() -> afterImports(added))));
  }

  /** Whether adding a module-level name could change what any use of that name means. */
  private boolean freeEverywhere(String name) {
    return model.namePrimaries().stream()
            .noneMatch(primary -> primary.getStart().getText().equals(name))
        && model.isFree(name, model.module().tree());
  }

  /**
   * An edit that adds a statement on a line of its own at the top of the module, where an added
   * import goes: after the leading imports (or the docstring), so {@code from __future__} stays
   * first.
   */
  public Edit afterImports(String statement) {
    List<StatementContext> statements = model.module().tree().statement();
    StatementContext anchor = null;
    for (int i = 0; i < statements.size(); i++) {
      StatementContext candidate = statements.get(i);
      if (isImport(candidate) || (i == 0 && isDocstring(candidate))) {
        anchor = candidate;
      } else {
        break;
      }
    }
    SourceFile source = model.module().source();
    String newline = Lines.newline(source);
    int next = anchor == null ? 0 : statements.indexOf(anchor) + 1;
    // the code after a new import block stands apart from it, as isort and black leave it
    String apart = next < statements.size() ? apart(statements.get(next), newline) : "";
    if (anchor != null) {
      List<String> lines = new ArrayList<>(List.of(statement));
      if (!isImport(anchor)
          && !apart.isEmpty()
          && statements.get(next).getStart().getLine() == anchor.getStop().getLine() + 1) {
        // a docstring with code on the next line: the import goes between, kept apart from both
        apart.lines().forEach(blank -> lines.add(""));
      }
      return Lines.insertAfter(source, model.module().tokens(), anchor, "", lines);
    }
    // Before the first statement (top-level, so at column 0), below any leading comments;
    // in a module without statements, at its end.
    List<Token> tokens = model.module().tokens();
    int at =
        statements.isEmpty()
            ? tokens.get(tokens.size() - 1).getStartIndex()
            : statements.get(0).getStart().getStartIndex();
    return Edit.insert(at, statement + newline + apart);
  }

  /**
   * The blank lines between imports and the statement after them: two before a function or class
   * (PEP 8), one before other code, none before another import.
   */
  private static String apart(StatementContext following, String newline) {
    if (isImport(following)) {
      return "";
    }
    var compound = following.compoundStatement();
    boolean definition =
        compound != null
            && (compound.functionDef() != null
                || compound.classDef() != null
                || compound.decorated() != null);
    return definition ? newline + newline : newline;
  }

  /**
   * Like {@link #afterImports}, for a statement that is not an import: after the imports it goes on
   * a line of its own with a blank line before it, as isort and black leave imports apart.
   */
  public Edit afterImportsApart(String statement) {
    List<StatementContext> statements = model.module().tree().statement();
    StatementContext lastImport = null;
    for (int i = 0; i < statements.size(); i++) {
      StatementContext candidate = statements.get(i);
      if (isImport(candidate)) {
        lastImport = candidate;
      } else if (i > 0 || !isDocstring(candidate)) {
        break;
      }
    }
    if (lastImport == null) {
      return afterImports(statement);
    }
    return Lines.insertAfter(
        model.module().source(), model.module().tokens(), lastImport, "", List.of("", statement));
  }

  private static boolean isImport(StatementContext statement) {
    SimpleStatementsContext simple = statement.simpleStatements();
    if (simple == null) {
      return false;
    }
    for (SimpleStatementContext part : simple.simpleStatement()) {
      if (part.importStatement() == null) {
        return false;
      }
    }
    return true;
  }

  /** Whether the statement is a string alone: at the top of a module, its docstring. */
  static boolean isDocstring(StatementContext statement) {
    SimpleStatementsContext simple = statement.simpleStatements();
    if (simple == null || simple.simpleStatement().size() != 1) {
      return false;
    }
    ExpressionStatementContext expression = simple.simpleStatement(0).expressionStatement();
    return expression != null
        && expression.assignmentTail() == null
        && expression.starExpressions() != null
        && expression.starExpressions().getText().length() > 0
        && expression.starExpressions().starExpression().size() == 1
        && expression.starExpressions().starExpression(0).expression() != null
        && expression.starExpressions().starExpression(0).expression().operation(0).children.size()
            == 1
        && expression.starExpressions().starExpression(0).expression().operation(0).getChild(0)
            instanceof StringAtomContext;
  }

  /**
   * The items of {@code from M import NAME [as BOUND]} (M one of {@code modules}) that bind {@code
   * bound} in the scope.
   */
  public static List<ImportAsNameContext> fromImports(
      ModuleModel model, Scope scope, Set<String> modules, String name, String bound) {
    List<ImportAsNameContext> found = new ArrayList<>();
    collectFromImports(model, model.module().tree(), scope, modules, name, bound, found);
    return found;
  }

  private static void collectFromImports(
      ModuleModel model,
      ParseTree node,
      Scope scope,
      Set<String> modules,
      String name,
      String bound,
      List<ImportAsNameContext> found) {
    if (node instanceof ImportFromContext statement) {
      if (modules.contains(statement.relativeModule().getText())
          && statement.importTargets().STAR() == null
          && model.scopeAt(statement) == scope) {
        for (ImportAsNameContext item : statement.importTargets().importAsName()) {
          String binds = item.AS() != null ? item.name(1).getText() : item.name(0).getText();
          if (item.name(0).getText().equals(name) && binds.equals(bound)) {
            found.add(item);
          }
        }
      }
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collectFromImports(model, node.getChild(i), scope, modules, name, bound, found);
    }
  }

  /**
   * Whether the import stands directly in the body of its scope, not under an {@code if}, {@code
   * try} or loop: removing a conditional import could turn a {@code NameError} into a value.
   */
  public static boolean unconditional(ImportAsNameContext item, Scope scope) {
    ParseTree holder = item.getParent().getParent().getParent().getParent().getParent().getParent();
    if (holder instanceof StatementContext) {
      holder = holder.getParent();
    }
    if (holder instanceof BlockContext) {
      holder = holder.getParent();
    }
    return holder == scope.node();
  }

  /** Whether a module-level {@code __all__} lists the name (as a string anywhere in the file). */
  public static boolean listedInAll(ModuleModel model, String name) {
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
  public static List<Edit> removeFromImport(RuleContext context, ImportAsNameContext item) {
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
