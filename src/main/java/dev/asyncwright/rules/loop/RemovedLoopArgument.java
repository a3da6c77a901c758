package dev.asyncwright.rules.loop;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.CommaLists;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.semantic.CallSite;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** AW603: {@code loop=} passed to an asyncio function that no longer takes it (Python 3.10). */
public final class RemovedLoopArgument implements Rule {

  /**
   * The public names whose {@code loop} parameter Python 3.10 removed (bpo-42392), under the
   * submodule that defines each; they are reachable as {@code asyncio.NAME} and {@code
   * asyncio.SUBMODULE.NAME}. APIs that still take {@code loop} ({@code ensure_future}, {@code
   * run_coroutine_threadsafe}, {@code wrap_future}, {@code Future}, {@code Task}, {@code
   * StreamReader}, ...) are not listed.
   */
  private static final Map<String, List<String>> REMOVED =
      Map.of(
          "tasks", List.of("sleep", "gather", "wait", "wait_for", "shield", "as_completed"),
          "queues", List.of("Queue", "PriorityQueue", "LifoQueue"),
          "locks", List.of("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore"),
          "streams",
              List.of(
                  "open_connection", "start_server", "open_unix_connection", "start_unix_server"),
          "subprocess", List.of("create_subprocess_exec", "create_subprocess_shell"));

  private static final Map<String, String> QUALIFIED = new HashMap<>();

  static {
    REMOVED.forEach(
        (module, names) ->
            names.forEach(
                name -> {
                  QUALIFIED.put("asyncio." + name, name);
                  QUALIFIED.put("asyncio." + module + "." + name, name);
                }));
  }

  @Override
  public String code() {
    return "AW603";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("loop");
  }

  @Override
  public String fixSummary() {
    return "remove the argument";
  }

  @Override
  public String finds() {
    return "`loop=` passed to asyncio APIs that removed it";
  }

  @Override
  public String name() {
    return "removed-loop-argument";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A `loop=` keyword argument passed to an asyncio API whose `loop` parameter was"
            + " deprecated in Python 3.8 and removed in 3.10: `asyncio.sleep`, `gather`, `wait`,"
            + " `wait_for`, `shield`, `as_completed`; the `Queue`, `PriorityQueue`, `LifoQueue`,"
            + " `Lock`, `Event`, `Condition`, `Semaphore` and `BoundedSemaphore` constructors;"
            + " `open_connection`, `start_server`, `open_unix_connection`, `start_unix_server`,"
            + " `create_subprocess_exec` and `create_subprocess_shell`; under any import alias"
            + " and through their submodules (`asyncio.locks.Lock`). Anywhere, not only in"
            + " coroutines. APIs that still take `loop` (`ensure_future`,"
            + " `run_coroutine_threadsafe`, `wrap_future`, `Future`, `Task`) are not reported.",
        "From Python 3.10 on these calls raise `TypeError` (`unexpected keyword argument"
            + " 'loop'`, or `As of 3.10, the *loop* parameter was removed`). The functions use the"
            + " running loop, and the synchronisation primitives bind to it on first use.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def main(loop):\n"
            + "    lock = asyncio.Lock(loop=loop)\n"
            + "    await asyncio.sleep(1, loop=loop)",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def main(loop):\n"
            + "    lock = asyncio.Lock()\n"
            + "    await asyncio.sleep(1)",
        "Unsafe: on the Python the fix needs, the call with `loop=` raises `TypeError`, and the"
            + " fixed call runs instead, so code that relies on that error behaves otherwise: a"
            + " test that expects it (CPython's own `test_asyncio` does, for the locks and"
            + " queues), or a `try` that falls back on `TypeError` for older Pythons. Where"
            + " nothing counts on the error, the fixed call does what was meant. The argument goes"
            + " with its comma; everything else in the call stays byte for byte, and an argument"
            + " on a line of its own goes with that line and its comment. Not offered for an older"
            + " target, where `loop=` still works and a primitive created outside a running loop"
            + " may depend on it.",
        "3.10 (where the parameter was removed)");
  }

  @Override
  public void check(RuleContext context) {
    for (CallSite call : context.model().calls()) {
      String api = QUALIFIED.get(context.model().calleeName(call).orElse(""));
      if (api == null) {
        continue;
      }
      Optional<ValueArgumentContext> loop = call.keyword("loop");
      if (loop.isEmpty()) {
        continue;
      }
      Finding finding =
          Finding.of(
              code(),
              "`" + api + "()` takes no `loop` argument since Python 3.10",
              RuleContext.start(loop.get()),
              RuleContext.end(loop.get()));
      int index = call.arguments().indexOf(loop.get());
      context.report(
          finding,
          new Fix(
              "Remove the `loop` argument",
              Applicability.UNSAFE,
              new PythonVersion(10),
              CommaLists.remove(
                  context,
                  call.arguments(),
                  index,
                  call.call().getStart(),
                  call.call().getStop())));
    }
  }
}
