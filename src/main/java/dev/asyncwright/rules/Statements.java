package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.semantic.Qualified;
import dev.asyncwright.tree.Expression;
import dev.asyncwright.tree.Name;
import dev.asyncwright.tree.Statement;
import dev.asyncwright.tree.ValueUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** Questions rules ask about the statement an expression stands in. */
public final class Statements {

  private Statements() {}

  /**
   * The block's statements as one list of simple statements ({@code a; b} counts two), or empty
   * when one of them is compound.
   */
  public static Optional<List<SimpleStatementContext>> simpleOnly(BlockContext block) {
    List<SimpleStatementContext> simple = new ArrayList<>();
    if (block.simpleStatements() != null) {
      simple.addAll(block.simpleStatements().simpleStatement());
    }
    for (StatementContext statement : block.statement()) {
      if (statement.simpleStatements() == null) {
        return Optional.empty();
      }
      simple.addAll(statement.simpleStatements().simpleStatement());
    }
    return Optional.of(simple);
  }

  /** The primary an expression consists of, alone (no operator, no await), if it is one. */
  public static Optional<PrimaryContext> soleOperand(ExpressionContext expression) {
    return Qualified.soleOperand(expression);
  }

  /** The single expression of a list like {@code x} (not {@code x,} or {@code *x}). */
  public static Optional<ExpressionContext> single(StarExpressionsContext expressions) {
    if (expressions.starExpression().size() != 1 || !expressions.COMMA().isEmpty()) {
      return Optional.empty();
    }
    StarExpressionContext item = expressions.starExpression(0);
    return Optional.ofNullable(item.expression());
  }

  /** The bare name a primary consists of ({@code loop}, not {@code self.loop}), if it is one. */
  public static Optional<String> bareName(PrimaryContext primary) {
    return Expression.of(primary) instanceof Name name
        ? Optional.of(name.identifier())
        : Optional.empty();
  }

  /**
   * For a primary that is the whole value of {@code target = <primary>} or {@code target = await
   * <primary>} (one {@code =}), the statement; else empty.
   */
  public static Optional<ExpressionStatementContext> assignmentOf(PrimaryContext value) {
    return Expression.of(value).use().throughAwait() instanceof ValueUse.Assigned assigned
        ? Optional.of(assigned.statement())
        : Optional.empty();
  }

  /**
   * The value of {@code target = value}, one {@code =} and an expression list on its right (not
   * {@code a = b = c}, an augmented assignment or {@code x = yield ...}).
   */
  public static Optional<StarExpressionsContext> assignedValue(
      ExpressionStatementContext statement) {
    if (!(statement.assignmentTail() instanceof AssignmentContext assignment)
        || assignment.assignedValue().size() != 1) {
      return Optional.empty();
    }
    return Optional.ofNullable(assignment.assignedValue(0).starExpressions());
  }

  /** The target name of {@code name = value}, if the target is a bare name. */
  public static Optional<String> targetName(ExpressionStatementContext assignment) {
    return single(assignment.starExpressions())
        .flatMap(Statements::soleOperand)
        .flatMap(Statements::bareName);
  }

  /**
   * The statement a node is part of, if that statement stands alone on its line(s): not joined to
   * others with {@code ;}.
   */
  public static Optional<SimpleStatementContext> aloneStatement(ParseTree node) {
    ParseTree current = node;
    while (current != null && !(current instanceof SimpleStatementContext)) {
      current = current.getParent();
    }
    if (current instanceof SimpleStatementContext statement
        && statement.getParent() instanceof SimpleStatementsContext line
        && line.simpleStatement().size() == 1
        && line.SEMI().isEmpty()) {
      return Optional.of(statement);
    }
    return Optional.empty();
  }

  /**
   * The statement (of a block, or of the module) that a node's simple statement makes up alone, if
   * it stands alone on its line.
   */
  public static Optional<StatementContext> statementAlone(ParseTree node) {
    return aloneStatement(node)
        .map(simple -> simple.getParent().getParent())
        .filter(StatementContext.class::isInstance)
        .map(StatementContext.class::cast);
  }

  /**
   * Whether the expression statement is nothing but this primary (or {@code await} it), alone on
   * its line.
   */
  public static boolean isWholeStatement(PrimaryContext primary) {
    return isWholeStatement(Expression.of(primary).use());
  }

  /** The same, for a use already asked of the views. */
  public static boolean isWholeStatement(ValueUse use) {
    return use.throughAwait() instanceof ValueUse.Discarded discarded
        && new Statement(discarded.statement()).isAlone();
  }

  /** The nearest ancestor of a type. */
  public static <T extends ParserRuleContext> Optional<T> ancestor(ParseTree node, Class<T> type) {
    for (ParseTree current = node.getParent(); current != null; current = current.getParent()) {
      if (type.isInstance(current)) {
        return Optional.of(type.cast(current));
      }
    }
    return Optional.empty();
  }
}
