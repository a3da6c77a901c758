package dev.asyncwright.rules.tasks;

import dev.asyncwright.python.antlr.PythonParser.ElementsContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ListDisplayContext;
import dev.asyncwright.python.antlr.PythonParser.ParenthesizedContext;
import dev.asyncwright.python.antlr.PythonParser.StarArgumentContext;
import dev.asyncwright.rules.CoroutineFunctions;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.SelfMethods;
import dev.asyncwright.semantic.Binding;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import dev.asyncwright.tree.Atom;
import dev.asyncwright.tree.Attribute;
import dev.asyncwright.tree.Call;
import dev.asyncwright.tree.Expression;
import dev.asyncwright.tree.Name;
import java.util.Optional;
import java.util.Set;

/**
 * What a call handed to a task API gives: a coroutine (a call of a coroutine function we know) or a
 * future (a call known to return one). {@code create_task} takes only the first; {@code
 * ensure_future} and {@code gather} take both.
 */
final class Awaitables {

  /** Calls that return a future, not a coroutine. */
  private static final Set<String> FUTURES =
      Set.of(
          "asyncio.gather",
          "asyncio.shield",
          "asyncio.ensure_future",
          "asyncio.create_task",
          "asyncio.wrap_future",
          "asyncio.run_coroutine_threadsafe",
          "asyncio.Future",
          "asyncio.Task");

  /** Methods that return futures, on whatever object (a loop, a task group). */
  private static final Set<String> FUTURE_METHODS =
      Set.of("create_future", "create_task", "run_in_executor", "submit");

  /** Coroutine functions of asyncio itself. */
  private static final Set<String> ASYNCIO_COROUTINES =
      Set.of(
          "asyncio.sleep",
          "asyncio.wait",
          "asyncio.wait_for",
          "asyncio.to_thread",
          "asyncio.open_connection",
          "asyncio.start_server",
          "asyncio.open_unix_connection",
          "asyncio.start_unix_server",
          "asyncio.create_subprocess_exec",
          "asyncio.create_subprocess_shell");

  private Awaitables() {}

  /** The expression as a call, if it is nothing but one ({@code f(x)}, {@code a.b(x)}). */
  static Optional<CallSite> callIn(ExpressionContext expression) {
    return Expression.of(expression) instanceof Call call
        ? Optional.of(new CallSite(call.context(), call.index()))
        : Optional.empty();
  }

  /**
   * The inside of the list or group {@code *} unpacks, when the argument is nothing but one ({@code
   * *[...]}, {@code *(...)}).
   */
  static Optional<ElementsContext> unpackedDisplay(StarArgumentContext star) {
    if (!(Expression.of(star.expression()) instanceof Atom atom)) {
      return Optional.empty();
    }
    if (atom.context() instanceof ListDisplayContext list) {
      return Optional.ofNullable(list.elements());
    }
    return atom.context() instanceof ParenthesizedContext group
        ? Optional.ofNullable(group.elements())
        : Optional.empty();
  }

  /** The element of {@code *[e for ...]} or {@code *(e for ...)}, if that is the argument. */
  static Optional<ExpressionContext> comprehensionElement(StarArgumentContext star) {
    return unpackedDisplay(star)
        .filter(
            elements ->
                elements.comprehension() != null
                    && elements.starNamedExpression(0).namedExpression() != null
                    && elements.starNamedExpression(0).namedExpression().COLONEQUAL() == null)
        .map(elements -> elements.starNamedExpression(0).namedExpression().expression(0));
  }

  /** Whether the call is known to return a future rather than a coroutine. */
  static boolean returnsFuture(ModuleModel model, CallSite call) {
    Optional<String> callee = model.calleeName(call);
    if (callee.isPresent() && FUTURES.contains(callee.get())) {
      return true;
    }
    return call.view().callee() instanceof Attribute method
        && FUTURE_METHODS.contains(method.name());
  }

  /**
   * Whether the call is known to give a coroutine: a call of a coroutine function (see {@link
   * #callsCoroutineFunction}) or {@code self.name()} in a method of a class whose body defines
   * {@code name} by a plain {@code async def} only.
   */
  static boolean givesCoroutine(RuleContext context, CallSite call) {
    if (callsCoroutineFunction(context, call)) {
      return true;
    }
    return call.view().callee() instanceof Attribute method
        && method.object() instanceof Name self
        && self.identifier().equals("self")
        && SelfMethods.isAsync(context.model(), call.primary(), method.name());
  }

  /** Whether the call is known to call a coroutine function, so that it returns a coroutine. */
  static boolean callsCoroutineFunction(RuleContext context, CallSite call) {
    ModuleModel model = context.model();
    if (call.view().callee() instanceof Name function) {
      String name = function.identifier();
      Optional<Scope> scope = model.bindingScope(name, call.primary());
      if (scope.isPresent() && scope.get().binding(name).kind() != Binding.Kind.IMPORT) {
        return CoroutineFunctions.only(model, scope.get(), name);
      }
    }
    Optional<String> callee = model.calleeName(call);
    return callee.isPresent()
        && (ASYNCIO_COROUTINES.contains(callee.get())
            || context.isProjectCoroutineFunction(callee.get()));
  }
}
