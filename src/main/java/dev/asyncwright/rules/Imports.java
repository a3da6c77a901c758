package dev.asyncwright.rules;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.StringAtomContext;
import dev.asyncwright.semantic.ModuleModel;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * How a fix refers to a module: through the name the file already imports it under ({@code aio}
 * after {@code import asyncio as aio}), or by adding {@code import asyncio} after the file's
 * leading imports (or its docstring), under a name nothing else uses.
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
    return new ModuleReference(name, Optional.of(afterImports(statement)));
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
    if (anchor != null) {
      return Lines.insertAfter(source, model.module().tokens(), anchor, "", List.of(statement));
    }
    // Before the first statement (top-level, so at column 0), below any leading comments;
    // in a module without statements, at its end.
    List<Token> tokens = model.module().tokens();
    int at =
        statements.isEmpty()
            ? tokens.get(tokens.size() - 1).getStartIndex()
            : statements.get(0).getStart().getStartIndex();
    return Edit.insert(at, statement + Lines.newline(source));
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

  private static boolean isDocstring(StatementContext statement) {
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
}
