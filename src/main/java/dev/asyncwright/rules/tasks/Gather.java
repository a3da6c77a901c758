package dev.asyncwright.rules.tasks;

import dev.asyncwright.fix.Indentation;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StarArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.FixProposal;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.SelfMethods;
import dev.asyncwright.rules.tasks.TaskGroups.AwaitStatement;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AW302: {@code await asyncio.gather(a(), b())}. When one awaitable fails, gather raises at once
 * but leaves the others running, unobserved; a TaskGroup cancels them and waits for them.
 */
public final class Gather implements Rule {

  private static final Set<String> GATHER = Set.of("asyncio.gather", "asyncio.tasks.gather");

  @Override
  public String code() {
    return "AW302";
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("gather");
  }

  @Override
  public String fixSummary() {
    return "an `asyncio.TaskGroup` block, results in the same shape";
  }

  @Override
  public String finds() {
    return "`await asyncio.gather(...)` without `return_exceptions=True`";
  }

  /** {@code asyncio.TaskGroup} came in 3.11. */
  @Override
  public Optional<PythonVersion> adviceNeeds() {
    return Optional.of(new PythonVersion(11));
  }

  @Override
  public String name() {
    return "gather";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "`await asyncio.gather(...)` (however imported) in a coroutine, unless it is given"
            + " `return_exceptions=True` (collecting failures as results is what TaskGroup does"
            + " not do). Not reported where the failure is the point: in a `with"
            + " pytest.raises(...)` or `with self.assertRaises(...)` (`assertRaisesRegex`) in the"
            + " same function, whose test expects the exception `gather()` raises; nor in a"
            + " cleanup fan-out, meant to run every step whatever another does: in a `finally`"
            + " block, in a function whose name says it cleans up (`close`, `aclose`,"
            + " `__aexit__`, `cleanup`, `teardown`, `shutdown`, `stop`, `release`...), or when"
            + " every awaitable is such a call (`*(c.close() for c in conns)`). Nor when it only"
            + " joins tasks made before it (`ts = [loop.create_task(...) for ...]`, or"
            + " `self._futures.append(asyncio.Task(...))`, then `gather(*ts)`): they run from the"
            + " moment they are made, the code in between often relies on it, and a TaskGroup"
            + " cannot adopt tasks that exist.",
        "When one awaitable fails, `gather()` raises its exception at once but does not cancel"
            + " the others: they run on unobserved, their own failures are lost (\"Task exception"
            + " was never retrieved\"), and nothing waits for them to finish. An"
            + " `asyncio.TaskGroup` cancels the rest at the first failure and returns only when"
            + " every task is done (structured concurrency).",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def fetch_user(uid): ...\n"
            + "\n"
            + "\n"
            + "async def fetch_orders(uid): ...\n"
            + "\n"
            + "\n"
            + "async def load(uid):\n"
            + "    user, orders = await asyncio.gather(fetch_user(uid), fetch_orders(uid))\n"
            + "    return user, orders",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def fetch_user(uid): ...\n"
            + "\n"
            + "\n"
            + "async def fetch_orders(uid): ...\n"
            + "\n"
            + "\n"
            + "async def load(uid):\n"
            + "    async with asyncio.TaskGroup() as tg:\n"
            + "        fetch_user_task = tg.create_task(fetch_user(uid))\n"
            + "        fetch_orders_task = tg.create_task(fetch_orders(uid))\n"
            + "    user, orders = fetch_user_task.result(), fetch_orders_task.result()\n"
            + "    return user, orders",
        "Unsafe, because failures behave differently: the first failure cancels the other"
            + " tasks, and errors arrive as an `ExceptionGroup` (even a single one), so `except"
            + " ValueError:` around the call, here or in a caller, no longer catches them: use"
            + " `except* ValueError:` or handle the `ExceptionGroup`. No fix is offered when a"
            + " `try` with `except` clauses around the statement in the same function would see"
            + " that change, nor in a `with contextlib.suppress(...)` there (before Python 3.12,"
            + " `suppress()` lets an `ExceptionGroup` through). Results keep their shape: a list stays a list (`results ="
            + " [a_task.result(), b_task.result()]`), `x, y = ...` stays an unpacking,"
            + " `*[f(u) for u in us]` becomes `tasks = [tg.create_task(f(u)) for u in us]` and"
            + " `[t.result() for t in tasks]`; a result that was thrown away needs no result"
            + " line (and a comprehension becomes a `for` loop when its names are its own); a"
            + " comprehension's tasks still all start at once (AW701's concern). Task"
            + " names come from the called function (`fetch_user_task`), numbered when it"
            + " repeats, and like `tg` collide with no name the function uses. Each argument's"
            + " text moves into `tg.create_task(...)` as written, with its comments. An argument"
            + " must be a call known to give a coroutine, since `create_task()` raises"
            + " `TypeError` for futures and other awaitables: a call of an undecorated `async"
            + " def` of this module or of the scanned project, of one of asyncio's coroutine"
            + " functions, or `self.name()` where the class body defines `name` by `async def`"
            + " only. No fix for anything else: a plain name (perhaps a task or future), a call"
            + " known to return a future (`asyncio.ensure_future`, `loop.run_in_executor`, ...),"
            + " or a call the tool cannot see into (a library's method, another object's:"
            + " aiohttp's `session.get()` gives no coroutine). No fix either when the results are"
            + " thrown away and a comprehension cannot become a `for` loop (its names are used"
            + " elsewhere in the function, it has several `for`s, a clause over several lines or"
            + " a comment): `tasks = [...]` would be a dead name. Also no fix with"
            + " `return_exceptions` or another"
            + " keyword, `*args` other than one comprehension, an argument that itself awaits"
            + " (tasks would start earlier), a `gather` inside a larger expression (only a"
            + " statement, an assignment or a `return` is rewritten), or a statement sharing its"
            + " line.",
        "3.11 (`asyncio.TaskGroup`)");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    for (CallSite call : Callees.callsOf(model, GATHER)) {
      if (!call.endsPrimary()
          || !context.isAwaited(call.primary())
          || !model.inCoroutine(call.primary())
          || returnsExceptions(call)
          || TaskGroups.expectsRaiseInFunction(model, call.primary())
          || TaskGroups.inCleanup(call.primary())
          || closesEverything(call)
          || ExistingTasks.onlyJoined(model, call)) {
        continue;
      }
      Finding finding =
          Finding.of(
              code(),
              "`gather()` leaves the other awaitables running when one fails: use an"
                  + " `asyncio.TaskGroup`",
              RuleContext.start(call.primary()),
              RuleContext.end(call.call()));
      proposal(context, call).report(context, finding);
    }
  }

  /**
   * Whether every awaitable gather is given is a cleanup call ({@code a.close()}, {@code
   * *(c.close() for c in conns)}): such a fan-out means to run each one whatever the others do.
   */
  private static boolean closesEverything(CallSite call) {
    List<ArgumentContext> arguments = call.arguments();
    if (arguments.isEmpty()) {
      return false;
    }
    for (ArgumentContext argument : arguments) {
      ExpressionContext expression =
          argument instanceof StarArgumentContext star
              ? Awaitables.comprehensionElement(star).orElse(null)
              : argument instanceof ValueArgumentContext value && value.EQUAL() == null
                  ? value.expression(0)
                  : null;
      if (expression == null
          || Awaitables.callIn(expression).filter(TaskGroups::isCleanupCall).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean returnsExceptions(CallSite call) {
    return call.keyword("return_exceptions")
        .filter(keyword -> keyword.expression(1).getText().equals("True"))
        .isPresent();
  }

  private static FixProposal proposal(RuleContext context, CallSite call) {
    ModuleModel model = context.model();
    if (call.keyword("return_exceptions").isPresent()) {
      return FixProposal.withhold("`return_exceptions` is given: a TaskGroup has no such mode");
    }
    Optional<AwaitStatement> found = TaskGroups.awaitStatement(call.primary());
    if (found.isEmpty()) {
      return FixProposal.withhold(
          "the `await` is not the whole value of a statement, an assignment or a `return`");
    }
    AwaitStatement statement = found.get();
    Optional<Indentation> indentation =
        TaskGroups.indentation(context.source(), statement.statement());
    if (indentation.isEmpty()) {
      return FixProposal.withhold("the statement shares its line with another");
    }
    if (TaskGroups.caughtInFunction(statement.statement())) {
      return FixProposal.withhold(
          "a `try` around it catches what `gather()` raises, where a TaskGroup raises an"
              + " `ExceptionGroup`");
    }
    if (TaskGroups.suppressedInFunction(model, statement.statement())) {
      return FixProposal.withhold(
          "`contextlib.suppress()` around it suppresses what `gather()` raises, where a TaskGroup"
              + " raises an `ExceptionGroup` (which `suppress()` lets through before Python 3.12)");
    }
    List<ArgumentContext> arguments = call.arguments();
    if (arguments.isEmpty()) {
      return FixProposal.withhold("`gather()` is given nothing to run");
    }
    for (ArgumentContext argument : arguments) {
      if (context
          .firstToken(argument, PythonLexer.AWAIT, PythonLexer.ASYNC, PythonLexer.YIELD)
          .isPresent()) {
        return FixProposal.withhold(
            "an argument awaits (`await`, `async for`): the tasks made before it would start"
                + " while it is evaluated");
      }
    }
    GatherRewrite layout =
        new GatherRewrite(
            context,
            call,
            statement,
            indentation.get(),
            model.enclosingFunction(call.primary()).orElseThrow());
    if (arguments.size() == 1 && arguments.get(0) instanceof StarArgumentContext star) {
      return layout.comprehension(star);
    }
    List<ExpressionContext> coroutines = new ArrayList<>();
    for (ArgumentContext argument : arguments) {
      if (!(argument instanceof ValueArgumentContext value)
          || value.EQUAL() != null
          || value.comprehension() != null) {
        return FixProposal.withhold(
            argument instanceof ValueArgumentContext value && value.EQUAL() != null
                ? "`gather()` is given a keyword argument"
                : "an argument is unpacked: its items may be futures, which `create_task()`"
                    + " refuses");
      }
      Optional<String> why = notACoroutine(context, value.expression(0));
      if (why.isPresent()) {
        return FixProposal.withhold(why.get());
      }
      coroutines.add(value.expression(0));
    }
    return layout.plain(coroutines);
  }

  /**
   * Why an argument may not give a coroutine, if it may not: it is no call (a name may hold a task
   * or future), or a call known to give a future, or a call of something this module binds to other
   * than a coroutine function. A call of what the tool cannot see is taken to give one.
   */
  static Optional<String> notACoroutine(RuleContext context, ExpressionContext argument) {
    ModuleModel model = context.model();
    Optional<CallSite> call = Awaitables.callIn(argument);
    if (call.isEmpty()) {
      return Optional.of(
          "`"
              + abbreviated(context.text(argument).replaceAll("\\s+", " "))
              + "` is not a call: it may be a task or future, which `create_task()` refuses");
    }
    if (Awaitables.returnsFuture(model, call.get())) {
      return Optional.of(
          "`"
              + call.get().calledName().orElse("it")
              + "()` returns a future, which `create_task()` refuses");
    }
    if (Awaitables.givesCoroutine(context, call.get())) {
      return Optional.empty();
    }
    PrimaryContext primary = call.get().primary();
    if (call.get().callIndex() == 0 && primary instanceof NameAtomContext) {
      String name = primary.getStart().getText();
      boolean local =
          model
              .bindingScope(name, primary)
              .filter(scope -> model.resolve(name, primary).isEmpty())
              .isPresent();
      if (local
          || model.resolve(name, primary).filter(q -> q.startsWith("builtins.")).isPresent()) {
        return Optional.of(
            "`" + name + "()` may not give a coroutine: `" + name + "` is no `async def` here");
      }
    }
    if (call.get().callIndex() == 1
        && primary instanceof NameAtomContext
        && primary.getStart().getText().equals("self")
        && call.get().trailers().get(0) instanceof AttributeContext attribute
        && SelfMethods.isOtherThanAsync(model, primary, attribute.name().getText())) {
      String name = attribute.name().getText();
      return Optional.of(
          "`self."
              + name
              + "()` may not give a coroutine: the class defines `"
              + name
              + "` other than by a plain `async def`");
    }
    return Optional.of(
        "`"
            + call.get().calledName().orElse("it")
            + "()` is not known to give a coroutine (it may give a future or another awaitable,"
            + " which `create_task()` refuses)");
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
