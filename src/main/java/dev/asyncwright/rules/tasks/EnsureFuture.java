package dev.asyncwright.rules.tasks;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.match.CallMatcher;
import dev.asyncwright.rules.match.Calls;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.Optional;
import java.util.Set;

/** AW304: {@code asyncio.ensure_future(<call>)}, where {@code asyncio.create_task} is meant. */
public final class EnsureFuture implements Rule {

  private static final CallMatcher ENSURE_FUTURE =
      Calls.of("asyncio.ensure_future", "asyncio.tasks.ensure_future");

  @Override
  public String code() {
    return "AW304";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("ensure_future");
  }

  @Override
  public String fixSummary() {
    return "`asyncio.create_task(...)`";
  }

  @Override
  public String finds() {
    return "`asyncio.ensure_future(<call>)`";
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
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def main(url):\n"
            + "    task = asyncio.ensure_future(fetch(url))\n"
            + "    return await task",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def main(url):\n"
            + "    task = asyncio.create_task(fetch(url))\n"
            + "    return await task",
        "Safe when the argument is a call of a known coroutine function (an undecorated `async"
            + " def` of this module that nothing rebinds, a coroutine function of the scanned"
            + " project reached through an import, or one of asyncio's own) and the call stands"
            + " in a coroutine, where a loop is running. Otherwise unsafe: `create_task()` raises"
            + " `TypeError` for a future or other awaitable, and `RuntimeError` outside a running"
            + " loop, where `ensure_future()` would have used `get_event_loop()`. Only the called"
            + " name changes; the qualifier stays as written. With `loop=` no fix is offered"
            + " (`loop.create_task(...)` is the replacement there). The safe case assumes what"
            + " asyncio code does, that a coroutine runs in an asyncio event loop: one stepped by"
            + " hand with no loop running would get `RuntimeError` where `ensure_future()`"
            + " scheduled the task on the policy's loop; and a test that patches"
            + " `asyncio.ensure_future` no longer reaches the code.",
        "3.7 (`asyncio.create_task()` was added in 3.7)");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    for (CallSite call : model.calls()) {
      if (!ENSURE_FUTURE.matches(call, context) || call.positional().size() != 1) {
        continue;
      }
      Optional<CallSite> inner = Awaitables.callIn(call.positional().get(0).expression(0));
      if (inner.isEmpty() || Awaitables.returnsFuture(model, inner.get())) {
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
          Awaitables.callsCoroutineFunction(context, inner.get())
              && model.inCoroutine(call.primary());
      context.report(
          finding,
          new Fix(
              "Replace with `create_task()`",
              safe ? Applicability.SAFE : Applicability.UNSAFE,
              new PythonVersion(7),
              Callees.renameAsyncioCall(context, call, "create_task")));
    }
  }
}
