package dev.asyncwright.rules.executor;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.EventLoops;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports.ModuleReference;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.semantic.CallSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AW201: {@code loop.run_in_executor(None, f, *args)} in a coroutine is {@code asyncio.to_thread(f,
 * *args)}, which also passes context variables and accepts keyword arguments.
 */
public final class RunInExecutor implements Rule {

  @Override
  public String code() {
    return "AW201";
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("run_in_executor");
  }

  @Override
  public String fixSummary() {
    return "`asyncio.to_thread(f, *a, **kw)`";
  }

  /** {@code asyncio.to_thread} came in 3.9. */
  @Override
  public Optional<PythonVersion> adviceNeeds() {
    return Optional.of(new PythonVersion(9));
  }

  @Override
  public String name() {
    return "run-in-executor";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "`loop.run_in_executor(None, f, *args)` in a coroutine, where `loop` is the running"
            + " event loop (`asyncio.get_running_loop()` or `get_event_loop()`, called inline or"
            + " assigned to a name in the same function). `functools.partial(f, *args, **kw)`"
            + " as the function is unwrapped. A custom executor (a thread or process pool) is"
            + " not reported: `to_thread` always uses the default executor.",
        "`asyncio.to_thread()` says what it does, takes keyword arguments without"
            + " `functools.partial`, and runs the function in the caller's context, so"
            + " context variables (request ids, tracing spans) reach it.",
        "loop = asyncio.get_running_loop()\n"
            + "data = await loop.run_in_executor(None, functools.partial(load, path, mode=\"rb\"))",
        "data = await asyncio.to_thread(load, path, mode=\"rb\")",
        "Unsafe: context variables now reach the function, and the call starts when the"
            + " coroutine is awaited rather than when `run_in_executor` is called. A future that"
            + " is not awaited at once is wrapped in `asyncio.create_task(...)`, which starts it"
            + " right away again.",
        "3.9");
  }

  @Override
  public void check(RuleContext context) {
    for (CallSite call : context.model().callsNamed("run_in_executor")) {
      if (!call.calledName().equals(Optional.of("run_in_executor"))
          || !context.model().inCoroutine(call.primary())
          || !EventLoops.receiverIsLoop(context.model(), call)) {
        continue;
      }
      List<ArgumentContext> arguments = call.arguments();
      if (arguments.size() < 2
          || !(arguments.get(0) instanceof ValueArgumentContext executor)
          || executor.EQUAL() != null
          || !executor.getText().equals("None")) {
        continue; // a custom executor: to_thread would change where the work runs
      }
      Finding finding =
          Finding.of(
              code(),
              "Use `asyncio.to_thread()` instead of `run_in_executor()` with the default executor",
              RuleContext.start(call.primary()),
              RuleContext.end(call.call()));
      if (!call.endsPrimary()
          || arguments.stream()
              .anyMatch(a -> !(a instanceof ValueArgumentContext v) || v.EQUAL() != null)) {
        context.report(finding);
        continue;
      }
      // Edit the call in place, so that everything else inside it (comments, line breaks,
      // trailing commas) stays as written: the callee becomes to_thread, `None,` goes.
      ModuleReference asyncio = context.imports().module("asyncio", call.primary());
      boolean awaited = context.isAwaited(call.primary());
      String toThread = asyncio.name() + ".to_thread";
      List<Edit> edits = new ArrayList<>();
      edits.add(
          new Edit(
              RuleContext.start(call.primary()),
              RuleContext.start(call.call()),
              awaited ? toThread : asyncio.name() + ".create_task(" + toThread));
      edits.add(
          Edit.delete(RuleContext.start(arguments.get(0)), RuleContext.start(arguments.get(1))));
      partial(context, arguments).ifPresent(edits::add);
      if (!awaited) {
        edits.add(Edit.insert(RuleContext.end(call.call()), ")"));
      }
      asyncio.importEdit().ifPresent(edits::add);
      context.report(
          finding,
          new Fix(
              "Replace with `" + toThread + "(...)`",
              Applicability.UNSAFE,
              new PythonVersion(9),
              edits));
    }
  }

  /**
   * When the function is {@code functools.partial(f, ...)} and nothing follows it, the edit that
   * puts the inside of the partial in its place.
   */
  private static Optional<Edit> partial(RuleContext context, List<ArgumentContext> arguments) {
    if (arguments.size() != 2
        || !(arguments.get(1) instanceof ValueArgumentContext function)
        || function.comprehension() != null) {
      return Optional.empty();
    }
    Optional<PrimaryContext> primary = Statements.soleOperand(function.expression(0));
    Optional<CallSite> partial =
        context.model().calls().stream()
            .filter(c -> primary.isPresent() && c.primary() == primary.get() && c.endsPrimary())
            .filter(c -> context.model().calleeName(c).equals(Optional.of("functools.partial")))
            .findFirst();
    if (partial.isEmpty() || partial.get().arguments().isEmpty()) {
      return Optional.empty();
    }
    List<ArgumentContext> inner = partial.get().arguments();
    String text =
        context.text(RuleContext.start(inner.get(0)), RuleContext.end(inner.get(inner.size() - 1)));
    return Optional.of(
        new Edit(
            RuleContext.start(partial.get().primary()),
            RuleContext.end(partial.get().call()),
            text));
  }
}
