package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonParser.ExceptClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ParenthesizedContext;
import dev.asyncwright.python.antlr.PythonParser.StarNamedExpressionContext;
import dev.asyncwright.tree.Atom;
import dev.asyncwright.tree.Expression;
import java.util.ArrayList;
import java.util.List;

/** The exception types an {@code except} clause names, each on its own. */
public final class ExceptTypes {

  private ExceptTypes() {}

  /**
   * The types of {@code except A:}, {@code except (A, B):} and {@code except A, B:} (PEP 758); none
   * for a bare {@code except:}. An item of the tuple that is not a plain expression (a star) is
   * left out.
   */
  public static List<ExpressionContext> of(ExceptClauseContext handler) {
    List<ExpressionContext> types = new ArrayList<>();
    if (handler.exceptTypes() == null) {
      return types;
    }
    List<ExpressionContext> listed = handler.exceptTypes().expression();
    if (listed.size() == 1
        && Expression.of(listed.get(0)) instanceof Atom atom
        && atom.context() instanceof ParenthesizedContext group
        && group.elements() != null
        && group.elements().comprehension() == null) {
      for (StarNamedExpressionContext item : group.elements().starNamedExpression()) {
        if (item.namedExpression() != null && item.namedExpression().expression().size() == 1) {
          types.add(item.namedExpression().expression(0));
        }
      }
    } else {
      types.addAll(listed);
    }
    return types;
  }
}
