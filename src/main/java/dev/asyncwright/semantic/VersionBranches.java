package dev.asyncwright.semantic;

import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.ElifClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.IfStatementContext;
import dev.asyncwright.python.antlr.PythonParser.NamedExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The parts of a module that only run on Pythons older than the target: the body of {@code if
 * sys.version_info < (3, 11):}, the {@code elif}s and {@code else} of {@code if sys.version_info >=
 * (3, 11):}. On the target that code never runs; advice about it (use the builtin {@code
 * TimeoutError} there) would change the one place where the difference matters, and the cure for
 * such code is deleting the branch.
 */
public final class VersionBranches {

  /** {@code sys.version_info >= (3, 11)}, also {@code [:2]}, {@code <}, {@code >}, {@code <=}. */
  private static final Pattern COMPARISON =
      Pattern.compile("sys\\.version_info(?:\\[:2\\])?(>=|<=|<|>)\\(3,(\\d+)\\)");

  private final List<int[]> deadRanges;

  private VersionBranches(List<int[]> deadRanges) {
    this.deadRanges = deadRanges;
  }

  /** The branches of the module that the target never runs. */
  public static VersionBranches of(ModuleModel model, PythonVersion target) {
    List<int[]> dead = new ArrayList<>();
    collect(model, model.module().tree(), target, dead);
    return new VersionBranches(dead);
  }

  /** Whether the code-point offset lies in a branch that the target never runs. */
  public boolean neverRuns(int offset) {
    for (int[] range : deadRanges) {
      if (range[0] <= offset && offset < range[1]) {
        return true;
      }
    }
    return false;
  }

  private static void collect(
      ModuleModel model, ParseTree node, PythonVersion target, List<int[]> dead) {
    if (node instanceof IfStatementContext statement) {
      olderOnly(model, statement.namedExpression())
          .ifPresent(
              older -> {
                if (older.before() <= target.minor()) {
                  if (older.whenTrue()) {
                    dead.add(range(statement.block()));
                  } else {
                    for (ElifClauseContext elif : statement.elifClause()) {
                      dead.add(range(elif));
                    }
                    if (statement.elseClause() != null) {
                      dead.add(range(statement.elseClause()));
                    }
                  }
                }
              });
    }
    if (node instanceof SimpleStatementsContext || node instanceof ExpressionContext) {
      return; // no `if` statement lies in a simple statement or an expression (a lambda's body)
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(model, node.getChild(i), target, dead);
    }
  }

  /**
   * A test of the running version: the branch it guards runs only before {@code 3.before} (when
   * {@code whenTrue}), or its other branches do.
   */
  private record OlderOnly(boolean whenTrue, int before) {}

  private static Optional<OlderOnly> olderOnly(ModuleModel model, NamedExpressionContext test) {
    Matcher matcher = COMPARISON.matcher(test.getText());
    if (!matcher.matches() || !model.resolve("sys", test).equals(Optional.of("sys"))) {
      return Optional.empty();
    }
    int minor = Integer.parseInt(matcher.group(2));
    return switch (matcher.group(1)) {
      case "<" -> Optional.of(new OlderOnly(true, minor));
      case "<=" -> Optional.of(new OlderOnly(true, minor + 1));
      case ">=" -> Optional.of(new OlderOnly(false, minor));
      default -> Optional.of(new OlderOnly(false, minor + 1)); // ">"
    };
  }

  private static int[] range(ParserRuleContext node) {
    return new int[] {node.getStart().getStartIndex(), node.getStop().getStopIndex() + 1};
  }
}
