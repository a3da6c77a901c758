package dev.asyncwright.rules.concurrency;

import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.BinaryOperatorContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ComprehensionContext;
import dev.asyncwright.python.antlr.PythonParser.ComprehensionForContext;
import dev.asyncwright.python.antlr.PythonParser.DictOrSetContext;
import dev.asyncwright.python.antlr.PythonParser.ElementsContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.ListDisplayContext;
import dev.asyncwright.python.antlr.PythonParser.NumberContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.ParameterContext;
import dev.asyncwright.python.antlr.PythonParser.ParenthesizedContext;
import dev.asyncwright.python.antlr.PythonParser.PlainParameterContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StarArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.StringAtomContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.Names;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.rules.Targets;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Iterables whose size the code fixes, not its input: displays ({@code ["a", "b"]}, {@code a, b},
 * strings), comprehensions over those, {@code range()} of integer constants, the list {@code await
 * asyncio.gather(a, b, c)} gives, and names assigned only such values in the function. Fanning out
 * over them is the author's decision of how many run at once.
 */
final class FixedSize {

  private static final Set<String> GATHER = Set.of("asyncio.gather", "asyncio.tasks.gather");

  /** The largest count of a constant {@code range()} taken as fixed. */
  private static final long LARGEST = 1000;

  /** How deep names are followed to their values ({@code N = COUNT}, a caller's argument). */
  private static final int DEPTH = 3;

  private FixedSize() {}

  /** Whether the iterable (an expression, an operation or an expression list) has a fixed size. */
  static boolean isFixed(ModuleModel model, ParserRuleContext node, Scope scope) {
    ParserRuleContext current = node;
    if (current instanceof StarExpressionsContext list) {
      Optional<ExpressionContext> single = Statements.single(list);
      if (single.isEmpty()) {
        return list.starExpression().size() > 1; // `for x in a, b:` is a tuple display
      }
      current = single.get();
    }
    Optional<PrimaryContext> primary =
        current instanceof ExpressionContext expression
            ? Statements.soleOperand(expression)
            : current instanceof OperationContext operation
                    && operation.getChildCount() == 1
                    && operation.getChild(0) instanceof PrimaryContext p
                ? Optional.of(p)
                : Optional.empty();
    if (primary.isEmpty()) {
      return false;
    }
    PrimaryContext value = primary.get();
    List<TrailerContext> trailers = value.getRuleContexts(TrailerContext.class);
    if (trailers.isEmpty()) {
      Optional<ComprehensionContext> comprehension = comprehensionOf(value);
      if (comprehension.isPresent()) {
        return overFixed(model, comprehension.get(), scope);
      }
      if (value instanceof ListDisplayContext
          || value instanceof ParenthesizedContext
          || value instanceof DictOrSetContext
          || value instanceof StringAtomContext) {
        return true;
      }
    }
    if (trailers.size() == 1 && trailers.get(0) instanceof CallContext range) {
      return model.calleeName(new CallSite(value, 0)).equals(Optional.of("builtins.range"))
          && constantRange(model, range);
    }
    Optional<String> name = Statements.bareName(value);
    return name.isPresent() && onlyFixedAssigned(model, name.get(), scope);
  }

  /** The comprehension a display is, if it is one ({@code [f(x) for x in xs]}). */
  private static Optional<ComprehensionContext> comprehensionOf(PrimaryContext value) {
    ElementsContext elements =
        value instanceof ListDisplayContext list
            ? list.elements()
            : value instanceof ParenthesizedContext parenthesized ? parenthesized.elements() : null;
    if (elements != null && elements.comprehension() != null) {
      return Optional.of(elements.comprehension());
    }
    if (value instanceof DictOrSetContext dictOrSet && dictOrSet.dictOrSetBody() != null) {
      var body = dictOrSet.dictOrSetBody();
      if (body.setTail() != null && body.setTail().comprehension() != null) {
        return Optional.of(body.setTail().comprehension());
      }
      if (body.dictTail() != null && body.dictTail().comprehension() != null) {
        return Optional.of(body.dictTail().comprehension());
      }
    }
    return Optional.empty();
  }

  /** Whether every {@code for} of a comprehension runs over a fixed-size iterable. */
  private static boolean overFixed(
      ModuleModel model, ComprehensionContext comprehension, Scope scope) {
    for (ComprehensionForContext clause : comprehension.comprehensionFor()) {
      if (!isFixed(model, clause.operation(0), scope)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code range(...)} of integer constants, of at most {@link #LARGEST} items: a fixed count
   * beyond that is still worth a bound.
   */
  private static boolean constantRange(ModuleModel model, CallContext range) {
    if (range.arguments() == null || range.arguments().argument().size() > 3) {
      return false;
    }
    List<ArgumentContext> arguments = range.arguments().argument();
    long[] numbers = new long[arguments.size()];
    for (int i = 0; i < numbers.length; i++) {
      if (!(arguments.get(i) instanceof ValueArgumentContext value)
          || value.EQUAL() != null
          || value.comprehension() != null) {
        return false;
      }
      Optional<Long> number = constant(model, value.expression(0), 0);
      if (number.isEmpty()) {
        return false;
      }
      numbers[i] = number.get();
    }
    long start = numbers.length > 1 ? numbers[0] : 0;
    long stop = numbers.length > 1 ? numbers[1] : numbers[0];
    long step = numbers.length > 2 ? Math.abs(numbers[2]) : 1;
    return step > 0 && Math.abs(stop - start) / step <= LARGEST;
  }

  /**
   * The value of an integer constant: a literal, literals joined by {@code +}, {@code -} or {@code
   * *} (left to right: no mix of {@code *} with the others), a name every assignment of which (at
   * least one, in the scope that binds it) is a constant ({@code COUNT = 25}), or a parameter of a
   * local function every call of which passes a constant for it (the largest).
   */
  private static Optional<Long> constant(
      ModuleModel model, ExpressionContext expression, int depth) {
    if (expression.lambdef() != null || expression.IF() != null) {
      return Optional.empty();
    }
    OperationContext operation = expression.operation(0);
    Optional<Long> value = Optional.empty();
    String operator = null;
    Set<String> kinds = new HashSet<>();
    for (ParseTree child : operation.children) {
      if (child instanceof BinaryOperatorContext binary) {
        operator = binary.getText();
        kinds.add(operator.equals("*") ? "*" : "+");
        if (!Set.of("+", "-", "*").contains(operator) || value.isEmpty() || kinds.size() > 1) {
          return Optional.empty();
        }
        continue;
      }
      if (!(child instanceof PrimaryContext primary)) {
        return Optional.empty(); // a unary sign, `not`, `await`
      }
      Optional<Long> operand = constant(model, primary, depth);
      if (operand.isEmpty()) {
        return Optional.empty();
      }
      value =
          operator == null
              ? operand
              : Optional.of(
                  switch (operator) {
                    case "+" -> value.get() + operand.get();
                    case "-" -> value.get() - operand.get();
                    default -> value.get() * operand.get();
                  });
      operator = null;
    }
    return operator == null ? value : Optional.empty();
  }

  private static Optional<Long> constant(ModuleModel model, PrimaryContext primary, int depth) {
    if (!primary.getRuleContexts(TrailerContext.class).isEmpty()) {
      return Optional.empty();
    }
    if (primary instanceof NumberContext number) {
      String digits = number.getText().replace("_", "");
      return digits.matches("\\d{1,12}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }
    Optional<String> name = Statements.bareName(primary);
    Optional<Scope> scope = name.flatMap(n -> model.bindingScope(n, primary));
    if (name.isEmpty() || scope.isEmpty() || depth >= DEPTH) {
      return Optional.empty();
    }
    List<ExpressionContext> values =
        Names.onlyMentionedBy(model, name.get(), scope.get().node(), p -> true)
            ? assigned(model, name.get(), scope.get())
            : passedFor(model, name.get(), scope.get());
    Optional<Long> largest = Optional.empty();
    for (ExpressionContext value : values) {
      Optional<Long> number = constant(model, value, depth + 1);
      if (number.isEmpty()) {
        return Optional.empty();
      }
      largest = largest.isEmpty() || number.get() > largest.get() ? number : largest;
    }
    return largest;
  }

  /**
   * What every call passes for the parameter, when the name is a parameter of the local function
   * that is its scope and every mention of that function in the function around it is a call; empty
   * otherwise.
   */
  private static List<ExpressionContext> passedFor(ModuleModel model, String name, Scope scope) {
    if (!(scope.node() instanceof FunctionDefContext function)
        || function.parameters() == null
        || model.scopeAt(function).kind() != Scope.Kind.FUNCTION) {
      return List.of();
    }
    List<ParameterContext> parameters = function.parameters().parameter();
    int index = -1;
    for (int i = 0; i < parameters.size() && index < 0; i++) {
      if (!(parameters.get(i) instanceof PlainParameterContext plain)) {
        return List.of(); // past `*` or `/`, positions are not what the calls give
      }
      index = plain.name().getText().equals(name) ? i : -1;
    }
    if (index < 0) {
      return List.of();
    }
    String functionName = function.name().getText();
    Scope outer = model.scopeAt(function);
    List<ExpressionContext> passed = new ArrayList<>();
    for (PrimaryContext mention : model.namePrimaries()) {
      if (!mention.getStart().getText().equals(functionName)
          || !model.bindingScope(functionName, mention).equals(Optional.of(outer))) {
        continue;
      }
      List<TrailerContext> trailers = mention.getRuleContexts(TrailerContext.class);
      if (trailers.isEmpty() || !(trailers.get(0) instanceof CallContext)) {
        return List.of(); // passed on, rebound: callers unknown
      }
      Optional<ExpressionContext> argument = argumentFor(new CallSite(mention, 0), index, name);
      if (argument.isEmpty()) {
        return List.of();
      }
      passed.add(argument.get());
    }
    return passed;
  }

  /** What a call passes for the parameter at {@code index} named {@code name}. */
  private static Optional<ExpressionContext> argumentFor(CallSite call, int index, String name) {
    List<ArgumentContext> arguments = call.arguments();
    for (int i = 0; i < arguments.size(); i++) {
      ArgumentContext argument = arguments.get(i);
      if (!(argument instanceof ValueArgumentContext value) || value.comprehension() != null) {
        return Optional.empty(); // `*args`, `**kw`: which argument is which is unknown
      }
      if (value.EQUAL() != null) {
        if (value.expression(0).getText().equals(name)) {
          return Optional.of(value.expression(1));
        }
      } else if (i == index) {
        return Optional.of(value.expression(0));
      }
    }
    return Optional.empty();
  }

  /**
   * The values of the name's assignments in the scope; empty when one is not a plain {@code name =
   * value} (an augmented or unpacking assignment, a {@code for} target...).
   */
  private static List<ExpressionContext> assigned(ModuleModel model, String name, Scope scope) {
    List<ExpressionContext> values = new ArrayList<>();
    for (PrimaryContext mention : model.namePrimaries()) {
      if (!mention.getStart().getText().equals(name)
          || !mention.getRuleContexts(TrailerContext.class).isEmpty()
          || !Targets.isTarget(mention)
          || !model.bindingScope(name, mention).equals(Optional.of(scope))) {
        continue;
      }
      Optional<ExpressionContext> value = assignedValue(mention, name);
      if (value.isEmpty()) {
        return List.of();
      }
      values.add(value.get());
    }
    return values;
  }

  /**
   * Whether every assignment of the name in the scope (a parameter, import or {@code def} of it
   * rules it out) gives it a fixed-size value, and one does.
   */
  private static boolean onlyFixedAssigned(ModuleModel model, String name, Scope scope) {
    if (scope == null || !Names.onlyMentionedBy(model, name, scope.node(), p -> true)) {
      return false;
    }
    List<ExpressionContext> values = assigned(model, name, scope);
    return !values.isEmpty()
        && values.stream().allMatch(v -> isFixed(model, v, null) || isGatherResult(model, v));
  }

  /**
   * {@code await asyncio.gather(a, b, *fixed)}: as many results as awaitables, of which there is a
   * fixed number.
   */
  private static boolean isGatherResult(ModuleModel model, ExpressionContext value) {
    if (value.lambdef() != null || value.IF() != null) {
      return false;
    }
    OperationContext operation = value.operation(0);
    if (operation.getChildCount() != 2
        || !(operation.getChild(0) instanceof TerminalNode await)
        || await.getSymbol().getType() != PythonParser.AWAIT
        || !(operation.getChild(1) instanceof PrimaryContext call)) {
      return false;
    }
    List<TrailerContext> trailers = call.getRuleContexts(TrailerContext.class);
    if (trailers.isEmpty() || !(trailers.get(trailers.size() - 1) instanceof CallContext)) {
      return false;
    }
    CallSite gather = new CallSite(call, trailers.size() - 1);
    if (model.calleeName(gather).filter(GATHER::contains).isEmpty()) {
      return false;
    }
    Scope scope = model.scopeAt(call);
    for (ArgumentContext argument : gather.arguments()) {
      boolean fixed =
          argument instanceof ValueArgumentContext plain
              ? plain.comprehension() == null
              : argument instanceof StarArgumentContext star
                  && isFixed(model, star.expression(), scope);
      if (!fixed) {
        return false;
      }
    }
    return true;
  }

  /** For {@code name = value} where the mention is the target, the value. */
  private static Optional<ExpressionContext> assignedValue(PrimaryContext target, String name) {
    return Statements.ancestor(target, ExpressionStatementContext.class)
        .filter(assignment -> Statements.targetName(assignment).equals(Optional.of(name)))
        .flatMap(Statements::assignedValue)
        .flatMap(Statements::single);
  }
}
