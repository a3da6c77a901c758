package dev.asyncwright.rules.tasks;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.match.CallMatcher;
import dev.asyncwright.rules.match.Calls;
import dev.asyncwright.semantic.CallSite;
import java.util.Set;

/**
 * AW306: {@code asyncio.Task(coro)} made by hand, which asyncio's documentation discourages: {@code
 * asyncio.create_task(coro)} makes the task as the loop makes tasks.
 */
public final class TaskConstructor implements Rule {

  private static final CallMatcher TASK = Calls.of("asyncio.Task", "asyncio.tasks.Task");

  /** The keywords {@code create_task()} takes as {@code Task()} does. */
  private static final Set<String> SHARED_KEYWORDS = Set.of("name", "context");

  @Override
  public String code() {
    return "AW306";
  }

  @Override
  public String name() {
    return "task-constructor";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("Task");
  }

  @Override
  public String fixSummary() {
    return "`asyncio.create_task(...)`";
  }

  @Override
  public String finds() {
    return "`asyncio.Task(coro)` made by hand instead of `create_task()`";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A call of the `asyncio.Task` class itself (also `asyncio.tasks.Task`, however"
            + " imported) to make a task of a coroutine. Not reported: a call given `loop=` or"
            + " `eager_start=` (the low-level use an event loop's own `create_task()` and"
            + " frameworks make on purpose, aiohttp's eager tasks on 3.12 among them),"
            + " subclasses of `Task`, and uses of the class that are not calls (`isinstance(t,"
            + " asyncio.Task)`, annotations).",
        "asyncio's documentation says to make tasks with `asyncio.create_task()` (or"
            + " `loop.create_task()`) and discourages making them by hand: the constructor"
            + " bypasses the loop's task factory (`loop.set_task_factory()`, the eager task"
            + " factory of 3.12, a framework's own task class), and outside a coroutine it falls"
            + " back on `get_event_loop()`, which is deprecated there.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def start(worker):\n"
            + "    return asyncio.Task(worker())",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def start(worker):\n"
            + "    return asyncio.create_task(worker())",
        "Unsafe: the task now goes through the loop's task factory, which the constructor"
            + " bypassed: where a factory is set (an eager one starts the coroutine at once, a"
            + " framework's may make a task of another class), the task is made otherwise."
            + " Offered in a coroutine only, for a dotted call (`asyncio.Task(...)` becomes"
            + " `asyncio.create_task(...)`, the qualifier as written) with the coroutine and"
            + " `name=` or `context=` at most. No fix outside a coroutine (`create_task()` needs"
            + " a running loop there: use `loop.create_task()`), with any other argument, nor for"
            + " a `Task` imported by name, whose import the rewrite could leave unused.",
        "3.7 (`asyncio.create_task()` was added in 3.7)");
  }

  @Override
  public void check(RuleContext context) {
    for (CallSite call : context.model().calls()) {
      if (!TASK.matches(call, context)
          || call.keyword("loop").isPresent()
          || call.keyword("eager_start").isPresent()) {
        // a loop or eager start given: the low-level use asyncio's own loops and frameworks
        // make on purpose (aiohttp's eager tasks on 3.12), not a task made in passing
        continue;
      }
      Finding finding =
          Finding.of(
              code(),
              "`Task()` made by hand: use `asyncio.create_task()`, as asyncio's documentation"
                  + " says",
              RuleContext.start(call.primary()),
              RuleContext.end(call.call()));
      String why = whyNoFix(context, call);
      if (why != null) {
        context.report(finding.withheld(why));
        continue;
      }
      context.report(
          finding,
          new Fix(
              "Replace with `create_task()`",
              Applicability.UNSAFE,
              new PythonVersion(7),
              Callees.renameAsyncioCall(context, call, "create_task")));
    }
  }

  private static String whyNoFix(RuleContext context, CallSite call) {
    if (!context.model().inCoroutine(call.primary())) {
      return "outside a coroutine `create_task()` needs a running loop: use `loop.create_task()`";
    }
    if (call.callIndex() == 0) {
      return "`Task` is imported by name: the rewrite could leave its import unused";
    }
    if (call.positional().size() != 1) {
      return "`Task()` is given other than one coroutine";
    }
    for (ArgumentContext argument : call.arguments()) {
      if (argument instanceof ValueArgumentContext value && value.EQUAL() != null) {
        String keyword = value.expression(0).getText();
        if (!SHARED_KEYWORDS.contains(keyword)) {
          return "`create_task()` takes no `" + keyword + "=`";
        }
      } else if (!(argument instanceof ValueArgumentContext)) {
        return "`Task()` is given unpacked arguments";
      }
    }
    return null;
  }
}
