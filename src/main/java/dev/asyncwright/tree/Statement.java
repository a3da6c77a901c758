package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.CompoundStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A statement: a simple one ({@code x = f()}, {@code return}, ...), one of the {@code ;}-joined
 * statements of a line, or a compound one ({@code if}, {@code def}, {@code with}...).
 */
public record Statement(ParserRuleContext context) implements Node {

  public Statement {
    if (!(context instanceof SimpleStatementContext
        || context instanceof CompoundStatementContext)) {
      throw new IllegalArgumentException("not a statement: " + context.getClass().getSimpleName());
    }
  }

  /** The innermost statement whose text holds the node (the node itself, if it is one). */
  public static Optional<Statement> holding(ParseTree node) {
    for (ParseTree current = node; current != null; current = current.getParent()) {
      if (current instanceof SimpleStatementContext
          || current instanceof CompoundStatementContext) {
        return Optional.of(new Statement((ParserRuleContext) current));
      }
    }
    return Optional.empty();
  }

  public boolean isSimple() {
    return context instanceof SimpleStatementContext;
  }

  /**
   * Whether the statement has its line(s) to itself: compound, or simple and not joined by {@code
   * ;}.
   */
  public boolean isAlone() {
    return !isSimple()
        || (context.getParent() instanceof SimpleStatementsContext line
            && line.simpleStatement().size() == 1
            && line.SEMI().isEmpty());
  }

  /** The innermost {@code def} whose body holds the statement, if any. */
  public Optional<Function> function() {
    return Function.enclosing(context);
  }
}
