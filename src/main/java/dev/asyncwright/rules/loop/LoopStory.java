package dev.asyncwright.rules.loop;

import dev.asyncwright.python.antlr.PythonParser.ArgumentsContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.LambdaParametersContext;
import dev.asyncwright.python.antlr.PythonParser.LambdefContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.ParametersContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.YieldExpressionContext;
import dev.asyncwright.rules.Arguments;
import dev.asyncwright.rules.EventLoops;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.rules.Targets;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What one function (or the module) does with an event loop it binds to a name, once, from {@code
 * asyncio.get_event_loop()} or {@code asyncio.new_event_loop()}: every other mention of the name
 * sets, runs, closes, drives or passes on that loop. There is no story (the rule stays silent) when
 * the name may be another loop (a parameter, bound twice, read before it is bound), when the loop
 * outlives the function's own statements (a nested function uses it, it is returned, yielded or
 * stored, the function is a generator: a fixture setting up a loop for others), or when the code
 * looks at the loop itself ({@code loop.is_closed()}, {@code loop.set_task_factory(...)}): such
 * code is about the loop, which {@code asyncio.run()} would hide.
 */
final class LoopStory {

  /** What a mention of the loop does. */
  enum Use {
    /** {@code asyncio.set_event_loop(loop)}. */
    SET,
    /** {@code loop.run_until_complete(...)}. */
    RUN,
    /** {@code loop.close()}. */
    CLOSE,
    /** A method that runs or schedules work on the loop: {@code loop.run_forever()}... */
    DRIVE,
    /** The loop as an argument of another call: {@code main(loop)}. */
    PASSED
  }

  /** One mention: the primary that starts with the name, what it does, the call it makes. */
  record Mention(PrimaryContext primary, Use use, CallSite call) {}

  /** Methods that run the loop, stop it, or hand it work: a manual loop, but more than a run. */
  private static final Set<String> DRIVING =
      Set.of(
          "run_forever",
          "stop",
          "set_debug",
          "shutdown_asyncgens",
          "shutdown_default_executor",
          "create_task",
          "create_future",
          "call_soon",
          "call_soon_threadsafe",
          "call_later",
          "call_at",
          "add_signal_handler",
          "remove_signal_handler",
          "run_in_executor",
          "create_server",
          "create_connection",
          "create_unix_server",
          "create_unix_connection",
          "create_datagram_endpoint",
          "subprocess_exec",
          "subprocess_shell");

  private static final Set<String> SET_EVENT_LOOP =
      Set.of("asyncio.set_event_loop", "asyncio.events.set_event_loop");

  private final CallSite factory;
  private final ExpressionStatementContext assignment;
  private final List<Mention> mentions;

  private LoopStory(
      CallSite factory, ExpressionStatementContext assignment, List<Mention> mentions) {
    this.factory = factory;
    this.assignment = assignment;
    this.mentions = mentions;
  }

  /** The call that gives the loop: {@code asyncio.new_event_loop()}. */
  CallSite factory() {
    return factory;
  }

  /** {@code loop = asyncio.new_event_loop()}. */
  ExpressionStatementContext assignment() {
    return assignment;
  }

  /** Every mention of the loop but the assignment's target, in source order. */
  List<Mention> mentions() {
    return mentions;
  }

  List<Mention> uses(Use use) {
    return mentions.stream().filter(m -> m.use() == use).toList();
  }

  /** The story of the loop named {@code name} in {@code scope}, if it is one (see the class). */
  static Optional<LoopStory> of(ModuleModel model, String name, Scope scope) {
    if ((scope.kind() != Scope.Kind.FUNCTION && scope.kind() != Scope.Kind.MODULE)
        || boundOtherwise(model, name, scope)
        || isGenerator(model, scope)) {
      return Optional.empty();
    }
    CallSite factory = null;
    ExpressionStatementContext assignment = null;
    List<Mention> mentions = new ArrayList<>();
    for (PrimaryContext primary : model.namePrimaries()) {
      if (!(primary instanceof NameAtomContext)
          || !primary.getStart().getText().equals(name)
          || Arguments.isKeywordName(primary)
          || !model.bindingScope(name, primary).equals(Optional.of(scope))) {
        continue;
      }
      if (model.scopeAt(primary) != scope) {
        return Optional.empty(); // a nested function keeps the loop
      }
      boolean bare = primary.getRuleContexts(TrailerContext.class).isEmpty();
      if (bare && Targets.isTarget(primary)) {
        Optional<CallSite> made = factoryAssigned(model, primary);
        if (made.isEmpty() || factory != null || !mentions.isEmpty()) {
          return Optional.empty(); // bound otherwise, twice, or read before it is bound
        }
        factory = made.get();
        assignment = Statements.assignmentOf(factory.primary()).orElseThrow();
        continue;
      }
      Optional<Mention> mention = bare ? asArgument(model, primary) : methodCall(primary);
      if (mention.isEmpty() || factory == null) {
        return Optional.empty();
      }
      mentions.add(mention.get());
    }
    return factory == null
        ? Optional.empty()
        : Optional.of(new LoopStory(factory, assignment, List.copyOf(mentions)));
  }

  /** For {@code name = <factory>()}, where the primary is the sole target, the factory call. */
  private static Optional<CallSite> factoryAssigned(ModuleModel model, PrimaryContext target) {
    Optional<ExpressionStatementContext> statement =
        Statements.ancestor(target, ExpressionStatementContext.class);
    Optional<StarExpressionsContext> assigned = statement.flatMap(Statements::assignedValue);
    if (assigned.isEmpty()
        || Statements.single(statement.get().starExpressions())
            .flatMap(Statements::soleOperand)
            .filter(t -> t == target)
            .isEmpty()) {
      return Optional.empty();
    }
    return Statements.single(assigned.get())
        .flatMap(Statements::soleOperand)
        .filter(value -> !value.getRuleContexts(TrailerContext.class).isEmpty())
        .map(value -> new CallSite(value, value.getRuleContexts(TrailerContext.class).size() - 1))
        .filter(call -> call.trailers().get(call.callIndex()) instanceof CallContext)
        .filter(
            call -> model.calleeName(call).filter(EventLoops.THREAD_OR_NEW::contains).isPresent());
  }

  /** {@code loop.method(...)}: run, close or drive; empty for any other method or attribute. */
  private static Optional<Mention> methodCall(PrimaryContext primary) {
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    if (trailers.size() < 2
        || !(trailers.get(0) instanceof AttributeContext attribute)
        || !(trailers.get(1) instanceof CallContext)) {
      return Optional.empty();
    }
    String method = attribute.name().getText();
    CallSite call = new CallSite(primary, 1);
    if (method.equals("run_until_complete")) {
      return Optional.of(new Mention(primary, Use.RUN, call));
    }
    if (method.equals("close")) {
      return Optional.of(new Mention(primary, Use.CLOSE, call));
    }
    return DRIVING.contains(method)
        ? Optional.of(new Mention(primary, Use.DRIVE, call))
        : Optional.empty();
  }

  /**
   * The bare name as an argument of a call: {@code asyncio.set_event_loop(loop)} sets it, any other
   * call is handed it. Empty anywhere else (returned, stored, compared...).
   */
  private static Optional<Mention> asArgument(ModuleModel model, PrimaryContext primary) {
    Optional<ValueArgumentContext> argument = argumentOf(primary);
    if (argument.isEmpty()
        || !(argument.get().getParent() instanceof ArgumentsContext arguments)
        || !(arguments.getParent() instanceof CallContext trailer)
        || !(trailer.getParent() instanceof PrimaryContext callee)) {
      return Optional.empty();
    }
    CallSite call =
        new CallSite(callee, callee.getRuleContexts(TrailerContext.class).indexOf(trailer));
    boolean set =
        model.calleeName(call).filter(SET_EVENT_LOOP::contains).isPresent()
            && call.arguments().size() == 1
            && argument.get().EQUAL() == null;
    return Optional.of(new Mention(primary, set ? Use.SET : Use.PASSED, call));
  }

  /** The argument the primary is the whole value of ({@code f(loop)}, {@code f(loop=loop)}). */
  private static Optional<ValueArgumentContext> argumentOf(PrimaryContext primary) {
    if (!(primary.getParent() instanceof OperationContext operation)
        || operation.getChildCount() != 1
        || !(operation.getParent() instanceof ExpressionContext expression)
        || Statements.soleOperand(expression).isEmpty()
        || !(expression.getParent() instanceof ValueArgumentContext argument)
        || argument.comprehension() != null
        || argument.COLONEQUAL() != null) {
      return Optional.empty();
    }
    ExpressionContext value =
        argument.EQUAL() == null ? argument.expression(0) : argument.expression(1);
    return value == expression ? Optional.of(argument) : Optional.empty();
  }

  /**
   * Whether something else than an assignment binds the name in the scope: a parameter, a {@code
   * def}, an import, {@code global}, {@code except ... as}. Those are the names that start no
   * primary.
   */
  private static boolean boundOtherwise(ModuleModel model, String name, Scope scope) {
    return bindsOtherwise(model, name, scope, scope.node());
  }

  private static boolean bindsOtherwise(
      ModuleModel model, String name, Scope scope, ParseTree node) {
    if (node instanceof TerminalNode terminal) {
      if (!terminal.getText().equals(name)
          || terminal.getParent() instanceof NameAtomContext
          || terminal.getParent().getParent() instanceof AttributeContext) {
        return false;
      }
      return scopeBoundIn(model, terminal) == scope;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (bindsOtherwise(model, name, scope, node.getChild(i))) {
        return true;
      }
    }
    return false;
  }

  /** The scope a name that starts no primary binds in: a parameter's is its function's. */
  private static Scope scopeBoundIn(ModuleModel model, TerminalNode name) {
    Optional<ParametersContext> parameters = Statements.ancestor(name, ParametersContext.class);
    if (parameters.isPresent()
        && parameters.get().getParent() instanceof FunctionDefContext function) {
      return model.scopeAt(function.block());
    }
    Optional<LambdaParametersContext> lambda =
        Statements.ancestor(name, LambdaParametersContext.class);
    if (lambda.isPresent() && lambda.get().getParent() instanceof LambdefContext function) {
      return model.scopeAt(function.expression());
    }
    return model.scopeAt(name);
  }

  /** Whether the scope is a generator's: the loop lives on across its {@code yield}. */
  private static boolean isGenerator(ModuleModel model, Scope scope) {
    return scope.kind() == Scope.Kind.FUNCTION && yieldsIn(model, scope, scope.node());
  }

  private static boolean yieldsIn(ModuleModel model, Scope scope, ParseTree node) {
    if (node instanceof YieldExpressionContext yield) {
      return model.scopeAt(yield) == scope;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (yieldsIn(model, scope, node.getChild(i))) {
        return true;
      }
    }
    return false;
  }
}
