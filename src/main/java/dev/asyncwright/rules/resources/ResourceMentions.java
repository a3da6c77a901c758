package dev.asyncwright.rules.resources;

import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.AssertStatementContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.BinaryOperatorContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ElifClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ForStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FstringFieldContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.GlobalStatementContext;
import dev.asyncwright.python.antlr.PythonParser.GuardContext;
import dev.asyncwright.python.antlr.PythonParser.IfStatementContext;
import dev.asyncwright.python.antlr.PythonParser.LambdaParametersContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.NamedExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.NonlocalStatementContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.ParametersContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.WhileStatementContext;
import dev.asyncwright.python.antlr.PythonParser.WithItemContext;
import dev.asyncwright.python.antlr.PythonParser.WithStatementContext;
import dev.asyncwright.python.antlr.PythonParser.YieldExpressionContext;
import dev.asyncwright.rules.Arguments;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.rules.Targets;
import dev.asyncwright.rules.resources.Mention.Use;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The use analysis of AW801: every mention of a resource's name in the function that creates it,
 * and what each does with the resource (reads it, closes it, hands it on...). It stays with the
 * rule, not in {@code semantic}: what counts as closing depends on the kind of resource, and a
 * borrow on the call being awaited at once.
 */
final class ResourceMentions {

  /** Builtins that look at a value and keep nothing of it. */
  private static final Set<String> READERS =
      Set.of(
          "builtins.print",
          "builtins.repr",
          "builtins.str",
          "builtins.format",
          "builtins.id",
          "builtins.type",
          "builtins.isinstance",
          "builtins.bool",
          "builtins.len");

  private final RuleContext context;
  private final ModuleModel model;
  private final ResourceKind kind;
  private final String name;
  private final Scope scope;
  private final List<Mention> mentions = new ArrayList<>();

  private ResourceMentions(RuleContext context, ResourceKind kind, String name, Scope scope) {
    this.context = context;
    this.model = context.model();
    this.kind = kind;
    this.name = name;
    this.scope = scope;
  }

  /** Every mention of the name in the function that means this variable, in source order. */
  static List<Mention> in(
      RuleContext context,
      ResourceKind kind,
      String name,
      Scope scope,
      FunctionDefContext function) {
    ResourceMentions found = new ResourceMentions(context, kind, name, scope);
    found.collect(function.block());
    return List.copyOf(found.mentions);
  }

  private void collect(ParseTree node) {
    if (node instanceof TerminalNode terminal) {
      Token token = terminal.getSymbol();
      if (token.getType() == PythonLexer.NAME && token.getText().equals(name)) {
        mention(terminal).ifPresent(mentions::add);
      }
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(node.getChild(i));
    }
  }

  private Optional<Mention> mention(TerminalNode terminal) {
    int offset = terminal.getSymbol().getStartIndex();
    ParseTree parent = terminal.getParent();
    if (parent instanceof NameAtomContext primary && primary.getStart() == terminal.getSymbol()) {
      if (!model.bindingScope(name, primary).equals(Optional.of(scope))
          || Arguments.isKeywordName(primary)) {
        return Optional.empty();
      }
      if (model.scopeAt(primary) != scope) {
        return Optional.of(new Mention(primary, offset, Use.MAY_KEEP));
      }
      return Optional.of(new Mention(primary, offset, use(primary)));
    }
    // a name that is no primary: an attribute, a parameter, `global`, `nonlocal`, `def`...
    if (parent.getParent() instanceof AttributeContext
        || Statements.ancestor(terminal, ParametersContext.class).isPresent()
        || Statements.ancestor(terminal, LambdaParametersContext.class).isPresent()
        || Statements.ancestor(terminal, GlobalStatementContext.class).isPresent()) {
      return Optional.empty();
    }
    if (Statements.ancestor(terminal, NonlocalStatementContext.class).isPresent()) {
      return Optional.of(new Mention(terminal, offset, Use.MAY_KEEP));
    }
    return model.scopeAt(terminal) == scope
        ? Optional.of(new Mention(terminal, offset, Use.REBOUND))
        : Optional.empty();
  }

  private Use use(PrimaryContext primary) {
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    if (trailers.isEmpty()) {
      return Targets.isTarget(primary) ? Use.REBOUND : bareUse(primary);
    }
    if (trailers.get(0) instanceof AttributeContext attribute) {
      String method = attribute.name().getText();
      boolean called =
          trailers.size() == 2
              && trailers.get(1) instanceof CallContext arguments
              && arguments.arguments() == null;
      if (method.equals(kind.closeMethod())) {
        if (!called) {
          return trailers.size() == 1 ? Use.MANAGED : Use.WRONG_CLOSE;
        }
        return context.isAwaited(primary) == kind.awaitedClose() ? Use.CLOSE : Use.WRONG_CLOSE;
      }
      if (kind.waitClosed()
          && method.equals("wait_closed")
          && called
          && context.isAwaited(primary)) {
        return Use.WAIT_CLOSED;
      }
    }
    return Use.LOCAL;
  }

  /** What the bare name does where it stands. */
  private Use bareUse(PrimaryContext primary) {
    Optional<WithItemContext> item = Statements.ancestor(primary, WithItemContext.class);
    if (item.isPresent()
        && within(primary, item.get().expression())
        && ((WithStatementContext) item.get().getParent()).ASYNC() != null) {
      return Use.MANAGED;
    }
    OperationContext operation = (OperationContext) primary.getParent();
    int index = operation.children.indexOf(primary);
    if (index > 0 && operation.getChild(index - 1) instanceof TerminalNode before) {
      int type = before.getSymbol().getType();
      if (type == PythonParser.AWAIT || type == PythonParser.NOT) {
        return Use.LOCAL;
      }
    }
    if (operation.getChildCount() > 1) {
      return comparedOnly(operation, index) ? Use.LOCAL : Use.HANDED_ON;
    }
    ExpressionContext expression = (ExpressionContext) operation.getParent();
    if (expression.IF() != null) {
      return expression.operation().size() > 1 && expression.operation(1) == operation
          ? Use.LOCAL
          : Use.HANDED_ON;
    }
    ParseTree holder = expression.getParent();
    if (holder instanceof StarExpressionContext star
        && star.getParent() instanceof StarExpressionsContext list
        && list.starExpression().size() == 1
        && list.COMMA().isEmpty()) {
      ParseTree owner = list.getParent();
      return (owner instanceof ExpressionStatementContext statement
                  && statement.assignmentTail() == null)
              || owner instanceof ForStatementContext
              // lent to the consumer while the generator waits, not given away
              || owner instanceof YieldExpressionContext
              || owner instanceof FstringFieldContext
          ? Use.LOCAL
          : Use.HANDED_ON;
    }
    if (holder instanceof NamedExpressionContext named && named.COLONEQUAL() == null) {
      ParseTree owner = named.getParent();
      return owner instanceof IfStatementContext
              || owner instanceof ElifClauseContext
              || owner instanceof WhileStatementContext
              || owner instanceof GuardContext
          ? Use.LOCAL
          : Use.HANDED_ON;
    }
    if (holder instanceof AssertStatementContext) {
      return Use.LOCAL;
    }
    if (holder instanceof ValueArgumentContext argument && argument.comprehension() == null) {
      return argumentUse((CallContext) argument.getParent().getParent());
    }
    return Use.HANDED_ON;
  }

  /** Whether the operators on either side of an operand only compare it. */
  private static boolean comparedOnly(OperationContext operation, int index) {
    for (int i : new int[] {index - 1, index + 1}) {
      if (i >= 0
          && i < operation.getChildCount()
          && operation.getChild(i) instanceof BinaryOperatorContext operator) {
        int type = operator.getStart().getType();
        if (type != PythonParser.IS
            && type != PythonParser.EQEQUAL
            && type != PythonParser.NOTEQUAL
            && type != PythonParser.IN
            && type != PythonParser.NOT) {
          return false;
        }
      }
    }
    return true;
  }

  /** The resource passed to a call: borrowed if the call is awaited at once. */
  private Use argumentUse(CallContext arguments) {
    PrimaryContext callee = (PrimaryContext) arguments.getParent();
    List<TrailerContext> trailers = callee.getRuleContexts(TrailerContext.class);
    int index = trailers.indexOf(arguments);
    CallSite site = new CallSite(callee, index);
    if (site.calledName().equals(Optional.of("enter_async_context"))) {
      return Use.MANAGED;
    }
    // Borrowed while the call runs only if it is awaited right here: a coroutine that is not
    // (`create_task(worker(x))`, `return worker(x)`, `wait_for(worker(x), 5)`) may run on after
    // the block, when `async with` has closed the resource.
    if (site.endsPrimary() && context.isAwaited(callee)) {
      return Use.LOCAL;
    }
    return index == 0 && model.calleeName(site).filter(READERS::contains).isPresent()
        ? Use.LOCAL
        : Use.MAY_KEEP;
  }

  private static boolean within(ParseTree node, ParserRuleContext outer) {
    for (ParseTree current = node; current != null; current = current.getParent()) {
      if (current == outer) {
        return true;
      }
    }
    return false;
  }
}
