package dev.asyncwright.python.antlr;

import dev.asyncwright.python.SyntaxFeature;
import dev.asyncwright.python.SyntaxUse;
import dev.asyncwright.python.antlr.PythonParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * <p>The first violation is remembered; the parse itself goes on. Syntax that only newer Pythons
 * parse is accepted and its uses recorded ({@link #uses()}), for a check against the project's
 * target version.
 */
public abstract class PythonParserBase extends Parser {

  /** The conversions of a replacement field: {@code !s}, {@code !r}, {@code !a}. */
  private static final Set<String> CONVERSIONS = Set.of("s", "r", "a");

  private Token violationAt;
  private String violation;
  // not final: Parser's constructor calls reset() before this class's fields are set
  private List<SyntaxUse> uses = new ArrayList<>();

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

  /** Where the parsed file uses version-gated syntax, in the order met. */
  public List<SyntaxUse> uses() {
    return List.copyOf(uses);
  }

  @Override
  public void reset() {
    super.reset();
    violationAt = null;
    violation = null;
    uses = new ArrayList<>();
  }

  /** Records a use of a feature at a token, if the optional token is there. */
  protected void uses(SyntaxFeature feature, TerminalNode at) {
    if (at != null) {
      uses(feature, at.getSymbol());
    }
  }

  protected void uses(SyntaxFeature feature, Token at) {
    if (at != null) {
      uses.add(new SyntaxUse(feature, at.getStartIndex(), at.getStopIndex() + 1));
    }
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

  // ---- operators ----

  /**
   * {@code not} may start the whole operation or follow {@code and}, {@code or} or another {@code
   * not}; after any other operator, or after a unary {@code -}, CPython rejects it.
   */
  protected void operation(OperationContext operation) {
    ParseTree previous = null;
    for (ParseTree child : operation.children) {
      if (child instanceof TerminalNode terminal
          && terminal.getSymbol().getType() == PythonParser.NOT
          && previous != null
          && !isBooleanOperator(previous)) {
        violate(terminal.getSymbol(), "invalid syntax");
      }
      previous = child;
    }
  }

  private static boolean isBooleanOperator(ParseTree node) {
    if (node instanceof TerminalNode terminal) {
      return terminal.getSymbol().getType() == PythonParser.NOT;
    }
    return node instanceof BinaryOperatorContext operator
        && (operator.AND() != null || operator.OR() != null);
  }

  /**
   * What follows a {@code *} in a display or a tuple is a bitwise-or expression in CPython's
   * grammar: a comparison, {@code and}, {@code or} or {@code not} there needs parentheses.
   */
  protected void starredOperand(OperationContext operand) {
    for (ParseTree child : operand.children) {
      if (child instanceof TerminalNode terminal
          && terminal.getSymbol().getType() == PythonParser.NOT) {
        violate(terminal.getSymbol(), "invalid syntax");
        return;
      }
      if (child instanceof BinaryOperatorContext operator && !isBitwiseOrOperand(operator)) {
        violate(operator, "invalid syntax");
        return;
      }
    }
  }

  /** Arithmetic, shifts and bitwise operators: what may stand inside a bitwise-or expression. */
  private static boolean isBitwiseOrOperand(BinaryOperatorContext operator) {
    return operator.AND() == null
        && operator.OR() == null
        && operator.IN() == null
        && operator.IS() == null
        && operator.EQEQUAL() == null
        && operator.NOTEQUAL() == null
        && operator.LESS() == null
        && operator.LESSEQUAL() == null
        && operator.GREATER() == null
        && operator.GREATEREQUAL() == null;
  }

  /** The primary an operation consists of, when it is nothing more. */
  private static PrimaryContext soleOperand(OperationContext operation) {
    return operation.children.size() == 1 && operation.children.get(0) instanceof PrimaryContext
        ? (PrimaryContext) operation.children.get(0)
        : null;
  }

  private static boolean isAwait(OperationContext operation) {
    return operation.children.size() == 2 && operation.AWAIT() != null;
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
    PrimaryContext operand = soleOperand(operation);
    if (operand != null) {
      primaryTarget(operand, verb);
    } else if (isAwait(operation)) {
      violate(operation, "cannot " + verb + " await expression");
    } else {
      violate(operation, "cannot " + verb + " expression");
    }
  }

  private void primaryTarget(PrimaryContext primary, String verb) {
    TrailerContext last = lastTrailer(primary);
    if (last instanceof AttributeContext || last instanceof SubscriptContext) {
      return;
    }
    if (last instanceof CallContext) {
      violate(primary, "cannot " + verb + " function call");
    } else if (primary instanceof NameAtomContext) {
      return;
    } else if (primary instanceof ParenthesizedContext parenthesized) {
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
      } else if (element.namedExpression().COLONEQUAL() != null) {
        violate(element, "cannot " + verb + " named expression");
      } else {
        expressionTarget(element.namedExpression().expression(0), verb);
      }
    }
  }

  private static TrailerContext lastTrailer(PrimaryContext primary) {
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    return trailers.isEmpty() ? null : trailers.get(trailers.size() - 1);
  }

  /** Whether an expression is a name alone, as before {@code :=} or a keyword's {@code =}. */
  private static boolean isPlainName(ExpressionContext expression) {
    return expression.lambdef() == null
        && expression.IF() == null
        && soleOperand(expression.operation(0)) instanceof NameAtomContext name
        && name.trailer().isEmpty();
  }

  private static String describe(PrimaryContext primary) {
    if (primary instanceof ConstantContext constant) {
      return constant.getStart().getText();
    }
    if (primary instanceof EllipsisContext) {
      return "ellipsis";
    }
    if (primary instanceof StringAtomContext strings) {
      if (!strings.strings().tstring().isEmpty()) {
        return "t-string expression";
      }
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
        && soleOperand(item.expression().operation(0)) != null) {
      PrimaryContext primary = unparenthesize(soleOperand(item.expression().operation(0)));
      TrailerContext last = lastTrailer(primary);
      if (last instanceof AttributeContext
          || last instanceof SubscriptContext
          || (last == null && primary instanceof NameAtomContext)) {
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
        && parenthesized.trailer().isEmpty()
        && parenthesized.elements() != null
        && parenthesized.elements().comprehension() == null
        && parenthesized.elements().COMMA().isEmpty()
        && parenthesized.elements().starNamedExpression(0).namedExpression() != null
        && parenthesized.elements().starNamedExpression(0).namedExpression().COLONEQUAL() == null) {
      ExpressionContext inner =
          parenthesized.elements().starNamedExpression(0).namedExpression().expression(0);
      PrimaryContext operand =
          inner.lambdef() == null && inner.IF() == null ? soleOperand(inner.operation(0)) : null;
      if (operand == null) {
        return primary;
      }
      primary = operand;
    }
    return primary;
  }

  // ---- named expressions ----

  protected void namedExpression(NamedExpressionContext named) {
    if (named.COLONEQUAL() != null && !isPlainName(named.expression(0))) {
      violate(named.expression(0), "cannot use assignment expressions with expression");
    }
  }

  protected void sliceWalrus(SliceContext slice) {
    if (slice.COLONEQUAL() != null && !isPlainName(slice.expression(0))) {
      violate(slice.expression(0), "cannot use assignment expressions with expression");
    }
  }

  /** The lists parse {@code item (',' item?)*}: one token of look-ahead; here no {@code ,,}. */
  protected void noEmptyItems(ParserRuleContext list) {
    if (list.children == null) {
      return;
    }
    int previous = -1;
    for (ParseTree child : list.children) {
      int type = child instanceof TerminalNode terminal ? terminal.getSymbol().getType() : -1;
      if ((type == PythonParser.COMMA || type == PythonParser.SEMI) && type == previous) {
        violate(((TerminalNode) child).getSymbol(), "invalid syntax");
      }
      previous = type;
    }
  }

  // ---- arguments and parameters ----

  protected void arguments(ArgumentsContext arguments) {
    boolean keyword = false;
    boolean keywordUnpacking = false;
    List<ArgumentContext> all = arguments.argument();
    boolean inClass = arguments.getParent() instanceof ClassDefContext;
    for (ArgumentContext argument : all) {
      if (argument instanceof ValueArgumentContext value) {
        uses(SyntaxFeature.WALRUS, value.COLONEQUAL());
        if (value.EQUAL() != null || value.COLONEQUAL() != null) {
          if (!isPlainName(value.expression(0))) {
            violate(
                value,
                value.EQUAL() != null
                    ? "expression cannot contain assignment, perhaps you meant \"==\"?"
                    : "cannot use assignment expressions with expression");
          }
        }
        if (value.EQUAL() != null) {
          keyword = true;
        } else if (value.comprehension() != null
            && (inClass || all.size() > 1 || !arguments.COMMA().isEmpty())) {
          violate(
              argument, inClass ? "invalid syntax" : "Generator expression must be parenthesized");
        } else if (keywordUnpacking) {
          violate(argument, "positional argument follows keyword argument unpacking");
        } else if (keyword) {
          violate(argument, "positional argument follows keyword argument");
        }
      } else if (argument instanceof StarArgumentContext star) {
        if (star.comprehension() != null) {
          // f(*x for x in xs): a generator that unpacks (PEP 798), alone like any generator
          uses(SyntaxFeature.UNPACKING_IN_COMPREHENSION, star.STAR());
          if (inClass || all.size() > 1 || !arguments.COMMA().isEmpty()) {
            violate(
                argument,
                inClass ? "invalid syntax" : "Generator expression must be parenthesized");
          }
        }
        if (keywordUnpacking) {
          violate(argument, "iterable argument unpacking follows keyword argument unpacking");
        }
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
        // def f(*args: *Ts)
        uses(SyntaxFeature.STARRED_ARGS_ANNOTATION, star.STAR().size() > 1 ? star.STAR(1) : null);
        order.star(star, star.name() != null);
      } else if (parameter instanceof DoubleStarParameterContext) {
        order.doubleStar(parameter);
      } else {
        uses(SyntaxFeature.POSITIONAL_ONLY_PARAMETERS, parameter.getStart());
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
        uses(SyntaxFeature.POSITIONAL_ONLY_PARAMETERS, parameter.SLASH());
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

  /**
   * Adjacent literals concatenate, but bytes never with text, and t-strings only with t-strings.
   */
  protected void strings(StringsContext strings) {
    if (!strings.tstring().isEmpty() && strings.tstring().size() < strings.getChildCount()) {
      ParseTree previous = null;
      for (ParseTree child : strings.children) {
        if (previous != null
            && (previous instanceof TstringContext != child instanceof TstringContext)) {
          // CPython points at the literal before the change of kind
          violate(
              firstToken(previous), "cannot mix t-string literals with string or bytes literals");
          return;
        }
        previous = child;
      }
    }
    Boolean bytes = null;
    for (ParseTree child : strings.children) {
      boolean isBytes =
          child instanceof TerminalNode terminal && isBytesLiteral(terminal.getSymbol().getText());
      if (bytes == null) {
        bytes = isBytes;
      } else if (bytes != isBytes) {
        violate(firstToken(child), "cannot mix bytes and nonbytes literals");
        return;
      }
    }
  }

  private static Token firstToken(ParseTree literal) {
    return literal instanceof TerminalNode terminal
        ? terminal.getSymbol()
        : ((ParserRuleContext) literal).getStart();
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
    if (body.namedExpression() != null && body.setTail() != null) {
      setWalruses(body.namedExpression());
      body.setTail().starNamedExpression().stream()
          .filter(item -> item.namedExpression() != null)
          .forEach(item -> setWalruses(item.namedExpression()));
    }
    if (body.DOUBLESTAR() != null) {
      if (body.dictTail().comprehension() != null) {
        // {**d for d in ds} (PEP 798): the dict comes from any expression
        uses(SyntaxFeature.UNPACKING_IN_COMPREHENSION, body.DOUBLESTAR());
      } else {
        starredOperand(body.operation());
      }
    } else if (body.STAR() != null) {
      starredOperand(body.operation());
      if (body.setTail().comprehension() != null) {
        uses(SyntaxFeature.UNPACKING_IN_COMPREHENSION, body.STAR());
      }
    }
    if (body.namedExpression() != null
        && body.namedExpression().COLONEQUAL() != null
        && body.COLON() != null) {
      violate(body.COLON().getSymbol(), "invalid syntax");
    }
  }

  /** {@code {y := 1, 2}}: parentheses around the walrus were needed before 3.10. */
  private void setWalruses(NamedExpressionContext item) {
    uses(SyntaxFeature.WALRUS_IN_INDEX_OR_SET, item.COLONEQUAL());
  }

  // ---- newer statements, and CPython's last checks on them ----

  /**
   * Before 3.9 (PEP 614) a decorator was a dotted name, perhaps called once: {@code @a.b(c)}, not
   * {@code @buttons[0].clicked} or {@code @f()()}.
   */
  protected void decorator(DecoratorContext decorator) {
    NamedExpressionContext named = decorator.namedExpression();
    PrimaryContext primary =
        named.COLONEQUAL() == null
                && named.expression(0).lambdef() == null
                && named.expression(0).IF() == null
            ? soleOperand(named.expression(0).operation(0))
            : null;
    if (!(primary instanceof NameAtomContext name && isDottedCall(name.trailer()))) {
      uses(SyntaxFeature.DECORATOR_EXPRESSIONS, decorator.namedExpression().getStart());
    }
  }

  private static boolean isDottedCall(List<TrailerContext> trailers) {
    for (int i = 0; i < trailers.size(); i++) {
      TrailerContext trailer = trailers.get(i);
      boolean lastCall = trailer instanceof CallContext && i == trailers.size() - 1;
      if (!(trailer instanceof AttributeContext) && !lastCall) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code with (a as b, c as d):} needs a newer parser; {@code with (a, b):} is a tuple to 3.8.
   */
  protected void withStatement(WithStatementContext statement) {
    if (statement.LPAR() != null
        && statement.withItem().stream().anyMatch(item -> item.AS() != null)) {
      uses(SyntaxFeature.PARENTHESIZED_CONTEXT_MANAGERS, statement.LPAR());
    }
  }

  /** {@code except A, B:} is a tuple (PEP 758); with {@code as}, CPython wants parentheses. */
  protected void exceptTypes(ExceptTypesContext types, TerminalNode as) {
    if (types == null || types.COMMA().isEmpty()) {
      return;
    }
    if (as != null) {
      violate(types, "multiple exception types must be parenthesized when using 'as'");
    } else {
      uses(SyntaxFeature.EXCEPT_WITHOUT_PARENTHESES, types.getStart());
    }
  }

  /** {@code match *x:} is refused; {@code match *x,:} is a tuple. */
  protected void subject(SubjectContext subject) {
    if (subject.COMMA().isEmpty() && subject.starNamedExpression(0).STAR() != null) {
      violate(getCurrentToken(), "invalid syntax");
    }
  }

  /** {@code _} is the wildcard: it cannot be the name an as-pattern or {@code **rest} binds. */
  protected void captureTarget(NameContext name, String message) {
    if (name != null && name.UNDERSCORE() != null) {
      violate(name, message);
    }
  }

  /** {@code (*x)}: a starred expression alone in parentheses is no tuple. */
  protected void parenthesized(PrimaryContext primary) {
    ElementsContext elements = ((ParenthesizedContext) primary).elements();
    if (elements != null
        && elements.comprehension() == null
        && elements.COMMA().isEmpty()
        && elements.starNamedExpression(0).STAR() != null) {
      violate(elements, "cannot use starred expression here");
    }
  }

  /** {@code [*x for x in xs]}, {@code (*x for x in xs)} unpack in a comprehension (PEP 798). */
  protected void comprehensionUnpacking(
      ComprehensionContext comprehension, StarNamedExpressionContext element) {
    if (comprehension != null) {
      uses(SyntaxFeature.UNPACKING_IN_COMPREHENSION, element.STAR());
    }
  }

  /** {@code !r}, {@code !s} or {@code !a}, right after the {@code !}. */
  protected void conversion(FstringConversionContext conversion) {
    String kind = enclosingTemplate(conversion) ? "t-string" : "f-string";
    Token mark = conversion.EXCLAMATION().getSymbol();
    Token name = conversion.name().getStart();
    if (name.getStartIndex() != mark.getStopIndex() + 1) {
      // (sic: CPython's spelling)
      violate(mark, kind + ": conversion type must come right after the exclamanation mark");
    } else if (!CONVERSIONS.contains(name.getText())) {
      violate(
          name,
          kind
              + ": invalid conversion character '"
              + name.getText()
              + "': expected 's', 'r', or 'a'");
    }
  }

  private static boolean enclosingTemplate(ParserRuleContext node) {
    for (ParserRuleContext at = node; at != null; at = at.getParent()) {
      if (at instanceof TstringContext) {
        return true;
      }
      if (at instanceof FstringContext) {
        return false;
      }
    }
    return false;
  }
}
