package dev.asyncwright.semantic;

import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import java.util.function.Predicate;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The simple statements of a function's body that are its own: not those of a function or class
 * defined inside it. The index reads them in every function of every module (its returns, its
 * {@code self.x = ...}), so the walk goes through the statement structure only: blocks and the
 * clauses around them, never into the conditions, targets and subjects between them, which hold no
 * statement.
 */
final class OwnStatements {

  private OwnStatements() {}

  /**
   * Gives each of the node's own simple statements to {@code each}, in order, while it answers
   * true.
   *
   * @return false if {@code each} stopped the walk
   */
  static boolean forEach(ParseTree node, Predicate<SimpleStatementContext> each) {
    if (!(node instanceof ParserRuleContext context)) {
      return true;
    }
    if (context instanceof SimpleStatementContext simple) {
      return each.test(simple);
    }
    switch (context.getRuleIndex()) {
      case PythonParser.RULE_statement,
          PythonParser.RULE_compoundStatement,
          PythonParser.RULE_block,
          PythonParser.RULE_simpleStatements,
          PythonParser.RULE_ifStatement,
          PythonParser.RULE_elifClause,
          PythonParser.RULE_elseClause,
          PythonParser.RULE_whileStatement,
          PythonParser.RULE_forStatement,
          PythonParser.RULE_withStatement,
          PythonParser.RULE_tryStatement,
          PythonParser.RULE_exceptClause,
          PythonParser.RULE_exceptStarClause,
          PythonParser.RULE_finallyClause,
          PythonParser.RULE_matchStatement,
          PythonParser.RULE_caseBlock -> {
        for (int i = 0; i < context.getChildCount(); i++) {
          if (!forEach(context.getChild(i), each)) {
            return false;
          }
        }
        return true;
      }
      default -> {
        return true; // an expression, or a function or class of its own (`decorated` too)
      }
    }
  }
}
