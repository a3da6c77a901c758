package dev.asyncwright.rules.coroutine;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.rules.CoroutineFunctions;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.LastUse;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.SelfMethods;
import dev.asyncwright.rules.match.Calls;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import dev.asyncwright.tree.Attribute;
import dev.asyncwright.tree.Call;
import dev.asyncwright.tree.Expression;
import dev.asyncwright.tree.Name;
import dev.asyncwright.tree.Subscript;
import dev.asyncwright.tree.ValueUse;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AW601: a coroutine function called and its coroutine never awaited: the call is a statement of
 * its own, its value only has its truth taken, or it goes to a local nothing reads. The coroutine
 * object is made and thrown away, and its body never runs.
 */
public final class UnawaitedCoroutine implements Rule {

  /** asyncio's coroutine functions (not those that return futures, like gather). */
  private static final Set<String> ASYNCIO =
      Set.of(
          "asyncio.sleep",
          "asyncio.wait_for",
          "asyncio.wait",
          "asyncio.open_connection",
          "asyncio.start_server",
          "asyncio.create_subprocess_exec",
          "asyncio.create_subprocess_shell",
          "asyncio.to_thread");

  /**
   * asyncio's functions that give a future wrapping coroutines: the coroutines run, but thrown
   * away, their exceptions are never seen and nothing waits for them.
   */
  private static final Set<String> FUTURES = Set.of("asyncio.gather", "asyncio.shield");

  /** Builtins that read a function's locals by name: with them, any local may still be read. */
  private static final Set<String> NAMESPACE_READERS = Set.of("locals", "vars", "eval", "exec");

  @Override
  public String code() {
    return "AW601";
  }

  @Override
  public Set<String> requiredNames() {
    // a coroutine function of this module needs `async`; asyncio's need its name. A call in a
    // file with neither, of a coroutine function imported from elsewhere, is not seen.
    return Set.of("async", "asyncio");
  }

  @Override
  public String fixSummary() {
    return "`await` the call";
  }

  @Override
  public String finds() {
    return "a coroutine called and never awaited";
  }

  @Override
  public String name() {
    return "unawaited-coroutine";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A call of a coroutine function whose coroutine is never awaited (a statement of its"
            + " own, a value whose truth alone is taken, or one kept in a local nothing reads):"
            + " an"
            + " `async def` of the same module or of any module of the scanned tree, a method"
            + " called on `self` whose class defines it with `async def`, or one of asyncio's"
            + " coroutine functions (`sleep`, `wait_for`, `wait`, `open_connection`,"
            + " `start_server`, `create_subprocess_exec`, `create_subprocess_shell`,"
            + " `to_thread`); also `asyncio.gather` and `asyncio.shield` as a statement of their"
            + " own in a coroutine, whose future nobody awaits. Also a method"
            + " called on a local, a parameter or a `self` attribute whose class the code says"
            + " (a constructor call, an annotation, a function annotated to return it), when"
            + " that class (or a base of it in the tree) defines the method with `async def`,"
            + " or it is one of the library methods Asyncwright knows (asyncio's locks, queues,"
            + " streams, servers and loop; aiohttp's runners, sites, responses and websockets)."
            + " A value whose class is not certain is never reported. Also such a call whose"
            + " value only has its truth taken (`if coro():`, `elif`, `while`, `assert`, `not"
            + " coro()`, `coro() and x`, `a if coro() else b`, a comprehension's `if coro()`: a"
            + " coroutine object is always"
            + " true), and one assigned to a local that its function never mentions again"
            + " (`result = coro()`; a function that reads `locals()` or `vars()` or calls"
            + " `eval`/`exec` is left alone). Calls that are awaited, returned, passed on (to"
            + " `create_task`, `gather`...) or assigned to a name read later are not reported."
            + " Only files that use `async` or name `asyncio` are looked at.",
        "Calling a coroutine function only makes a coroutine object; nothing of its body runs"
            + " until it is awaited. Python warns `coroutine ... was never awaited` when the"
            + " object is collected, long after the call that was meant to do something.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def main():\n"
            + "    asyncio.sleep(1)\n"
            + "    save(data)",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def main():\n"
            + "    await asyncio.sleep(1)\n"
            + "    save(data)",
        "Unsafe: the coroutine's body now runs, which is the point but changes what the"
            + " program does, and the caller now waits for it and sees its exceptions. Inside"
            + " a coroutine the fix prefixes `await`; outside one (a plain `def`, module level)"
            + " the finding comes without a fix: the call needs `asyncio.run()` or a task, a"
            + " decision for the author. A method is recognised only on `self`, in a method of"
            + " the class that defines it with `async def` (a subclass could override it).",
        "any: `await` exists in every Python the tool reads (3.8 on).");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    for (CallSite site : model.calls()) {
      Call call = site.view();
      if (!call.endsPrimary() || !(call.context() instanceof NameAtomContext)) {
        continue;
      }
      ValueUse use = call.use();
      boolean discarded = use instanceof ValueUse.Discarded && call.statement().isAlone();
      if (!discarded
          && !(use instanceof ValueUse.Tested)
          && !(use instanceof ValueUse.Assigned assigned
              && assigned.name().filter(name -> isNeverRead(model, name)).isPresent())) {
        continue;
      }
      Optional<String> message =
          coroutineName(context, site)
              // a future's children run anyway: only thrown away is it a finding
              .filter(name -> discarded || !FUTURES.contains(name))
              .map(name -> message(use, name));
      if (message.isEmpty()) {
        continue;
      }
      Finding finding = Finding.of(code(), message.get(), call.start(), call.end());
      if (!model.inCoroutine(call.context())) {
        context.report(finding);
        continue;
      }
      if (call.inGeneratorExpression()) {
        context.report(
            finding.withheld(
                "`await` inside a generator expression would make it an async generator, which"
                    + " a plain `for` cannot iterate"));
        continue;
      }
      context.report(
          finding,
          new Fix(
              "Add `await`",
              Applicability.UNSAFE,
              null,
              List.of(Edit.insert(call.start(), "await "))));
    }
  }

  /** What is wrong with the coroutine (or future) {@code name} used as {@code use} uses it. */
  private static String message(ValueUse use, String name) {
    if (use instanceof ValueUse.Tested) {
      return "Coroutine `"
          + name
          + "` is tested for truth but never awaited: a coroutine object is always true";
    }
    if (use instanceof ValueUse.Assigned assigned) {
      return "Coroutine `"
          + name
          + "` is assigned to `"
          + assigned.name().orElseThrow().identifier()
          + "`, which is never used: the coroutine is never awaited";
    }
    return FUTURES.contains(name)
        ? "`" + name + "()` is never awaited: nothing waits for it, and its exceptions are lost"
        : "Coroutine `" + name + "` is called but never awaited";
  }

  /**
   * Whether the name a coroutine is assigned to is a local of a function that never mentions it
   * again (nor reads its locals by name), so that the coroutine can never be awaited. A module or
   * class attribute may be read from outside; any other mention of the name (a read, {@code del},
   * {@code global}, a nested function, a keyword argument of that name) leaves it unknown.
   */
  private static boolean isNeverRead(ModuleModel model, Name target) {
    Scope scope = model.scopeAt(target.context());
    if (scope.kind() != Scope.Kind.FUNCTION) {
      return false;
    }
    FunctionDefContext function = (FunctionDefContext) scope.node();
    Set<Integer> binding = Set.of(target.context().getStart().getTokenIndex());
    if (NAMESPACE_READERS.contains(target.identifier())) {
      return false; // `locals = coro()`: a name the readers' check cannot tell from its binding
    }
    Set<String> names = new HashSet<>(NAMESPACE_READERS);
    names.add(target.identifier());
    // one pass: the binding is the only mention allowed of the name, and none of the readers
    return LastUse.onlyMentions(model, names, function, binding);
  }

  /**
   * How to name the coroutine function the call calls, if it calls one we know: by its name, or by
   * the type of what it is called on ({@code client.get} on a {@code client: TestClient}, {@code
   * request.writer.drain}).
   */
  private static Optional<String> coroutineName(RuleContext context, CallSite call) {
    Optional<String> named = call.callIndex() > 2 ? Optional.empty() : byName(context, call);
    if (named.isPresent() || call.callIndex() == 0) {
      return named;
    }
    return Calls.givingCoroutine().matches(call, context)
        ? Optional.of(calleeText(call))
        : Optional.empty();
  }

  /** {@code request.writer.drain}, {@code ClientSession(...).get}: the callee as written. */
  private static String calleeText(CallSite call) {
    return written(call.view().callee());
  }

  private static String written(Expression value) {
    if (value instanceof Attribute attribute) {
      return written(attribute.object()) + attribute.trailer().getText();
    }
    if (value instanceof Call call) {
      return written(call.callee()) + (call.trailer().getText().equals("()") ? "()" : "(...)");
    }
    if (value instanceof Subscript subscript) {
      return written(subscript.object()) + "[...]";
    }
    return value.context().getStart().getText();
  }

  /** The name of the coroutine function the call calls, if its name says it is one we know. */
  private static Optional<String> byName(RuleContext context, CallSite site) {
    ModuleModel model = context.model();
    Call call = site.view();
    PrimaryContext primary = call.context();
    Expression callee = call.callee();
    if (callee instanceof Name function) {
      String head = function.identifier();
      Optional<Scope> scope = model.bindingScope(head, primary);
      if (scope.isPresent() && model.resolve(head, primary).isEmpty()) {
        return CoroutineFunctions.only(model, scope.get(), head)
            ? Optional.of(head)
            : Optional.empty();
      }
    } else if (callee instanceof Attribute attribute
        && attribute.object() instanceof Name receiver) {
      String head = receiver.identifier();
      String method = attribute.name();
      if (head.equals("self")) {
        if (SelfMethods.isAsync(model, primary, method)
            || (!SelfMethods.isOtherThanAsync(model, primary, method)
                && context
                    .types()
                    .selfClassName(primary)
                    .flatMap(type -> context.types().givesCoroutine(type, method))
                    .orElse(false))) {
          return Optional.of("self." + method);
        }
        return Optional.empty();
      }
      if (model.bindingScope(head, primary).isPresent() && model.resolve(head, primary).isEmpty()) {
        // a local or a parameter: its class, if the code says, tells what the method gives
        return context
                .types()
                .ofName(head, primary)
                .flatMap(type -> context.types().givesCoroutine(type, method))
                .orElse(false)
            ? Optional.of(head + "." + method)
            : Optional.empty();
      }
    } else if (callee instanceof Attribute attribute
        && attribute.object() instanceof Attribute field
        && field.object() instanceof Name self
        && self.identifier().equals("self")) {
      String method = attribute.name();
      return context
              .types()
              .ofSelfAttribute(primary, field.name())
              .flatMap(type -> context.types().givesCoroutine(type, method))
              .orElse(false)
          ? Optional.of("self." + field.name() + "." + method)
          : Optional.empty();
    }
    if (call.index() == 2) {
      return Optional.empty();
    }
    Optional<String> qualified = context.qualifiedCallee(site);
    if (qualified.isEmpty() || qualified.get().startsWith("builtins.")) {
      return Optional.empty();
    }
    if (ASYNCIO.contains(qualified.get())) {
      return qualified;
    }
    if (FUTURES.contains(qualified.get())) {
      // outside a coroutine there is no running loop: such a call is about its error (a test
      // of `no current event loop`), not a future left unawaited
      return model.inCoroutine(primary) ? qualified : Optional.empty();
    }
    return context.isProjectCoroutineFunction(qualified.get()) ? qualified : Optional.empty();
  }
}
