package dev.asyncwright.rules.tasks;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.CoroutineFunctions;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.semantic.Binding;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** AW304: {@code asyncio.ensure_future(<call>)}, where {@code asyncio.create_task} is meant. */
public final class EnsureFuture implements Rule {

  private static final Set<String> ENSURE_FUTURE =
      Set.of("asyncio.ensure_future", "asyncio.tasks.ensure_future");

  /** Calls that return a future, not a coroutine: {@code ensure_future} of them is right. */
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

  @Override
  public String code() {
    return "AW304";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("ensure_future");
  }

  @Override
  public String name() {
    return "ensure-future";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Calls of `asyncio.ensure_future(<call>)` (however imported) whose one argument is a"
            + " call, that is, presumably a coroutine. A call known to return a future"
            + " (`asyncio.gather`, `shield`, `loop.run_in_executor`, ...) and an argument that is"
            + " not a call (a future or task held in a variable) are legitimate uses and not"
            + " reported.",
        "`ensure_future()` accepts a coroutine, a future or any awaitable and returns a task or"
            + " the future itself: the name hides what happens. For a coroutine,"
            + " `asyncio.create_task()` says it (a task now runs concurrently), accepts a `name=`,"
            + " and fails loudly when no loop is running instead of falling back to"
            + " `get_event_loop()`.",
        "async def main():\n    task = asyncio.ensure_future(fetch(url))",
        "async def main():\n    task = asyncio.create_task(fetch(url))",
        "Safe when the argument is a call of a known coroutine function (an undecorated `async"
            + " def` of this module that nothing rebinds, a coroutine function of the scanned"
            + " project reached through an import, or one of asyncio's own) and the call stands"
            + " in a coroutine, where a loop is running. Otherwise unsafe: `create_task()` raises"
            + " `TypeError` for a future or other awaitable, and `RuntimeError` outside a running"
            + " loop, where `ensure_future()` would have used `get_event_loop()`. Only the called"
            + " name changes; the qualifier stays as written. With `loop=` no fix is offered"
            + " (`loop.create_task(...)` is the replacement there).",
        "3.7 (`asyncio.create_task()` was added in 3.7)");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    for (CallSite call : model.calls()) {
      if (!ENSURE_FUTURE.contains(model.calleeName(call).orElse(""))
          || call.positional().size() != 1) {
        continue;
      }
      Optional<CallSite> inner = callIn(call.positional().get(0));
      if (inner.isEmpty() || returnsFuture(model, inner.get())) {
        continue;
      }
      Finding finding =
          Finding.of(
              code(),
              "`ensure_future()` of a coroutine: use `asyncio.create_task()`",
              RuleContext.start(call.primary()),
              RuleContext.end(call.call()));
      if (call.arguments().size() != 1) {
        context.report(
            finding.withheld(
                "`ensure_future()` is given more than the coroutine (`loop=`?): use"
                    + " `loop.create_task(...)`"));
        continue;
      }
      boolean safe =
          knownCoroutineFunction(context, inner.get()) && model.inCoroutine(call.primary());
      context.report(
          finding,
          new Fix(
              "Replace with `create_task()`",
              safe ? Applicability.SAFE : Applicability.UNSAFE,
              new PythonVersion(7),
              Callees.renameAsyncioCall(context, call, "create_task")));
    }
  }

  /** The argument as a call, if it is nothing but one ({@code f(x)}, {@code a.b(x)}). */
  private static Optional<CallSite> callIn(ValueArgumentContext argument) {
    ExpressionContext expression = argument.expression(0);
    if (expression.getChildCount() != 1
        || expression.operation(0) == null
        || expression.operation(0).getChildCount() != 1
        || !(expression.operation(0).getChild(0) instanceof PrimaryContext primary)) {
      return Optional.empty();
    }
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    if (trailers.isEmpty() || !(trailers.get(trailers.size() - 1) instanceof CallContext)) {
      return Optional.empty();
    }
    return Optional.of(new CallSite(primary, trailers.size() - 1));
  }

  private static boolean returnsFuture(ModuleModel model, CallSite call) {
    Optional<String> callee = model.calleeName(call);
    if (callee.isPresent() && FUTURES.contains(callee.get())) {
      return true;
    }
    return call.callIndex() > 0 && FUTURE_METHODS.contains(call.calledName().orElse(""));
  }

  /** Whether the call is known to call a coroutine function, so that it returns a coroutine. */
  private static boolean knownCoroutineFunction(RuleContext context, CallSite call) {
    ModuleModel model = context.model();
    if (call.callIndex() == 0 && call.primary() instanceof NameAtomContext) {
      String name = call.primary().getStart().getText();
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
