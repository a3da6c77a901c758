package dev.asyncwright.python.antlr;

import dev.asyncwright.python.antlr.PythonParser.*;
import java.util.List;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The checks CPython's parser makes that the generated {@code PythonParser} leaves to code: what
 * may be assigned to or deleted, the order of arguments and parameters, bytes mixed with text, and
 * {@code not} in operand position. The grammar stays lenient where being strict would cost
 * lookahead (it parses an assignment's targets as expressions, then sees the {@code =}); these
 * checks, run from grammar actions at the few nodes concerned, make the parser reject exactly what
 * CPython rejects there, so that a rewrite that produced {@code f() = 1} could never pass our
 * re-parse.
 *
 * <p>The first violation is remembered; the parse itself goes on.
 */
public abstract class PythonParserBase extends Parser {

  private Token violationAt;
  private String violation;

  protected PythonParserBase(TokenStream input) {
    super(input);
  }

  /** Where the first violation is, or {@code null} if there is none. */
  public Token violationAt() {
    return violationAt;
  }

  /** What the first violation is, in CPython's words. */
  public String violation() {
    return violation;
  }

  @Override
  public void reset() {
    super.reset();
    violationAt = null;
    violation = null;
  }

  private void violate(Token at, String message) {
    if (violationAt == null) {
      violationAt = at;
      violation = message;
    }
  }

  private void violate(ParserRuleContext at, String message) {
    violate(at.getStart(), message);
  }

  // ---- not ----

  /**
   * ANTLR's left recursion accepts {@code not} as any operand ({@code a + not b}); CPython only as
   * an operand of {@code and}, {@code or} and {@code not}. The parent is final when this runs: an
   * operator binding tighter than {@code not} exists before its right operand is parsed; {@code
   * and} and {@code or} adopt the {@code not} later.
   */
  protected void notOperator(ParserRuleContext not) {
    ParserRuleContext parent = not.getParent();
    if (parent instanceof OperationContext
        && !(parent instanceof NotContext
            || parent instanceof AndContext
            || parent instanceof OrContext)) {
      violate(not, "invalid syntax");
    }
  }

  // ---- assignment, deletion, loop and with targets ----

  protected void assignmentTail(AssignmentTailContext tail) {
    ExpressionStatementContext statement = (ExpressionStatementContext) tail.getParent();
    StarExpressionsContext first = statement.starExpressions();
    if (tail instanceof AssignmentContext assignment) {
      targets(first, "assign to");
      List<AssignedValueContext> values = assignment.assignedValue();
      for (AssignedValueContext value : values.subList(0, values.size() - 1)) {
        if (value.yieldExpression() != null) {
          violate(value, "assignment to yield expression not possible");
        } else {
          targets(value.starExpressions(), "assign to");
        }
      }
    } else if (tail instanceof AugmentedAssignmentContext) {
      singleTarget(first, "augmented assignment");
    } else {
      singleTarget(first, "annotation");
    }
  }

  protected void starTargets(StarTargetsContext targets) {
    for (StarTargetContext target : targets.starTarget()) {
      starTarget(target);
    }
  }

  protected void starTarget(StarTargetContext target) {
    primaryTarget(target.primary(), "assign to");
  }

  protected void delTargets(DelStatementContext statement) {
    for (PrimaryContext target : statement.primary()) {
      primaryTarget(target, "delete");
    }
  }

  private void targets(StarExpressionsContext expressions, String verb) {
    for (StarExpressionContext expression : expressions.starExpression()) {
      if (expression.operation() != null) {
        operationTarget(expression.operation(), verb);
      } else {
        expressionTarget(expression.expression(), verb);
      }
    }
  }

  private void expressionTarget(ExpressionContext expression, String verb) {
    if (expression.lambdef() != null) {
      violate(expression, "cannot " + verb + " lambda");
    } else if (expression.IF() != null) {
      violate(expression, "cannot " + verb + " conditional expression");
    } else {
      operationTarget(expression.operation(0), verb);
    }
  }

  private void operationTarget(OperationContext operation, String verb) {
    if (operation instanceof OperandContext operand) {
      if (operand.AWAIT() != null) {
        violate(operand, "cannot " + verb + " await expression");
      } else {
        primaryTarget(operand.primary(), verb);
      }
    } else {
      violate(operation, "cannot " + verb + " expression");
    }
  }

  private void primaryTarget(PrimaryContext primary, String verb) {
    if (primary instanceof NameAtomContext
        || primary instanceof AttributeContext
        || primary instanceof SubscriptContext) {
      return;
    }
    if (primary instanceof ParenthesizedContext parenthesized) {
      if (parenthesized.yieldExpression() != null) {
        violate(parenthesized, "cannot " + verb + " yield expression");
      } else if (parenthesized.elements() != null) {
        elementTargets(parenthesized.elements(), verb, "generator expression");
      }
    } else if (primary instanceof ListDisplayContext list) {
      if (list.elements() != null) {
        elementTargets(list.elements(), verb, "list comprehension");
      }
    } else {
      violate(primary, "cannot " + verb + " " + describe(primary));
    }
  }

  private void elementTargets(ElementsContext elements, String verb, String comprehension) {
    if (elements.comprehension() != null) {
      violate(elements, "cannot " + verb + " " + comprehension);
      return;
    }
    for (StarNamedExpressionContext element : elements.starNamedExpression()) {
      if (element.operation() != null) {
        if (verb.equals("delete")) {
          violate(element, "cannot delete starred");
        } else {
          operationTarget(element.operation(), verb);
        }
      } else if (element.namedExpression().name() != null) {
        violate(element, "cannot " + verb + " named expression");
      } else {
        expressionTarget(element.namedExpression().expression(), verb);
      }
    }
  }

  private static String describe(PrimaryContext primary) {
    if (primary instanceof CallContext) {
      return "function call";
    }
    if (primary instanceof ConstantContext) {
      return primary.getText();
    }
    if (primary instanceof EllipsisContext) {
      return "ellipsis";
    }
    if (primary instanceof StringAtomContext strings) {
      return strings.strings().fstring().isEmpty() ? "literal" : "f-string expression";
    }
    if (primary instanceof DictOrSetContext) {
      return "dict or set display";
    }
    return "literal";
  }

  /** Augmented and annotated assignment take one plain target, not a tuple or a star. */
  private void singleTarget(StarExpressionsContext expressions, String kind) {
    List<StarExpressionContext> items = expressions.starExpression();
    if (items.size() > 1 || expressions.COMMA().size() > 0) {
      violate(
          expressions,
          kind.equals("annotation")
              ? "only single target (not tuple) can be annotated"
              : "'tuple' is an illegal expression for augmented assignment");
      return;
    }
    StarExpressionContext item = items.get(0);
    ParserRuleContext bad = item;
    if (item.expression() != null
        && item.expression().lambdef() == null
        && item.expression().IF() == null
        && item.expression().operation(0) instanceof OperandContext operand
        && operand.AWAIT() == null) {
      PrimaryContext primary = unparenthesize(operand.primary());
      if (primary instanceof NameAtomContext
          || primary instanceof AttributeContext
          || primary instanceof SubscriptContext) {
        return;
      }
      bad = primary;
    }
    violate(
        bad,
        kind.equals("annotation")
            ? "illegal target for annotation"
            : "illegal expression for augmented assignment");
  }

  /** {@code (a)} is {@code a}. */
  private static PrimaryContext unparenthesize(PrimaryContext primary) {
    while (primary instanceof ParenthesizedContext parenthesized
        && parenthesized.elements() != null
        && parenthesized.elements().comprehension() == null
        && parenthesized.elements().COMMA().isEmpty()
        && parenthesized.elements().starNamedExpression(0).namedExpression() != null
        && parenthesized.elements().starNamedExpression(0).namedExpression().name() == null) {
      ExpressionContext inner =
          parenthesized.elements().starNamedExpression(0).namedExpression().expression();
      if (inner.lambdef() != null
          || inner.IF() != null
          || !(inner.operation(0) instanceof OperandContext operand)
          || operand.AWAIT() != null) {
        return primary;
      }
      primary = operand.primary();
    }
    return primary;
  }

  // ---- arguments and parameters ----

  protected void arguments(ArgumentsContext arguments) {
    boolean keyword = false;
    boolean keywordUnpacking = false;
    List<ArgumentContext> all = arguments.argument();
    boolean inClass = arguments.getParent() instanceof ClassDefContext;
    for (ArgumentContext argument : all) {
      if (argument instanceof PositionalArgumentContext positional) {
        if (positional.comprehension() != null
            && (inClass || all.size() > 1 || !arguments.COMMA().isEmpty())) {
          violate(
              argument, inClass ? "invalid syntax" : "Generator expression must be parenthesized");
        } else if (keywordUnpacking) {
          violate(argument, "positional argument follows keyword argument unpacking");
        } else if (keyword) {
          violate(argument, "positional argument follows keyword argument");
        }
      } else if (argument instanceof StarArgumentContext) {
        if (keywordUnpacking) {
          violate(argument, "iterable argument unpacking follows keyword argument unpacking");
        }
      } else if (argument instanceof KeywordArgumentContext) {
        keyword = true;
      } else {
        keywordUnpacking = true;
      }
    }
  }

  protected void parameters(ParametersContext parameters) {
    ParameterOrder order = new ParameterOrder();
    for (ParameterContext parameter : parameters.parameter()) {
      if (parameter instanceof PlainParameterContext plain) {
        order.plain(plain, plain.EQUAL() != null);
      } else if (parameter instanceof StarParameterContext star) {
        order.star(star, star.name() != null);
      } else if (parameter instanceof DoubleStarParameterContext) {
        order.doubleStar(parameter);
      } else {
        order.slash(parameter);
      }
    }
    order.end();
  }

  protected void lambdaParameters(LambdaParametersContext parameters) {
    ParameterOrder order = new ParameterOrder();
    for (LambdaParameterContext parameter : parameters.lambdaParameter()) {
      if (parameter.DOUBLESTAR() != null) {
        order.doubleStar(parameter);
      } else if (parameter.STAR() != null) {
        order.star(parameter, parameter.name() != null);
      } else if (parameter.SLASH() != null) {
        order.slash(parameter);
      } else {
        order.plain(parameter, parameter.EQUAL() != null);
      }
    }
    order.end();
  }

  /** CPython's rules for the order of {@code /}, {@code *}, defaults and {@code **}. */
  private final class ParameterOrder {
    private int plainBeforeSlash;
    private boolean slash;
    private boolean star;
    private ParserRuleContext bareStar;
    private boolean doubleStar;
    private boolean defaultSeen;

    void plain(ParserRuleContext parameter, boolean hasDefault) {
      if (doubleStar) {
        violate(parameter, "arguments cannot follow var-keyword argument");
      }
      bareStar = null;
      if (star) {
        return;
      }
      if (!slash) {
        plainBeforeSlash++;
      }
      if (hasDefault) {
        defaultSeen = true;
      } else if (defaultSeen) {
        violate(parameter, "parameter without a default follows parameter with a default");
      }
    }

    void star(ParserRuleContext parameter, boolean named) {
      if (doubleStar) {
        violate(parameter, "arguments cannot follow var-keyword argument");
      } else if (star) {
        violate(parameter, "* argument may appear only once");
      }
      star = true;
      bareStar = named ? null : parameter;
    }

    void doubleStar(ParserRuleContext parameter) {
      if (bareStar != null) {
        violate(bareStar, "named arguments must follow bare *");
      } else if (doubleStar) {
        violate(parameter, "arguments cannot follow var-keyword argument");
      }
      doubleStar = true;
    }

    void slash(ParserRuleContext parameter) {
      if (star || doubleStar) {
        violate(parameter, "/ must be ahead of *");
      } else if (slash) {
        violate(parameter, "/ may appear only once");
      } else if (plainBeforeSlash == 0) {
        violate(parameter, "at least one argument must precede /");
      }
      slash = true;
    }

    void end() {
      if (bareStar != null) {
        violate(bareStar, "named arguments must follow bare *");
      }
    }
  }

  // ---- literals and displays ----

  /** Adjacent literals concatenate, but bytes never with text. */
  protected void strings(StringsContext strings) {
    Boolean bytes = null;
    for (ParseTree child : strings.children) {
      boolean isBytes =
          child instanceof TerminalNode terminal && isBytesLiteral(terminal.getSymbol().getText());
      if (bytes == null) {
        bytes = isBytes;
      } else if (bytes != isBytes) {
        violate(
            child instanceof TerminalNode terminal
                ? terminal.getSymbol()
                : ((ParserRuleContext) child).getStart(),
            "cannot mix bytes and nonbytes literals");
        return;
      }
    }
  }

  private static boolean isBytesLiteral(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        return false;
      }
      if (c == 'b' || c == 'B') {
        return true;
      }
    }
    return false;
  }

  /** {@code {a := 1: 2}}: a walrus cannot be a dict key without parentheses. */
  protected void dictOrSetBody(DictOrSetBodyContext body) {
    if (body.namedExpression() != null
        && body.namedExpression().name() != null
        && body.COLON() != null) {
      violate(body.COLON().getSymbol(), "invalid syntax");
    }
  }
}
