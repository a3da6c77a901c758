package dev.asyncwright.rules.concurrency;

import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ComprehensionContext;
import dev.asyncwright.python.antlr.PythonParser.ComprehensionForContext;
import dev.asyncwright.python.antlr.PythonParser.DictOrSetBodyContext;
import dev.asyncwright.python.antlr.PythonParser.ElementsContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ForStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ListDisplayContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.ParenthesizedContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StarArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.StarTargetContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.WhileStatementContext;
import dev.asyncwright.python.antlr.PythonParser.WithItemContext;
import dev.asyncwright.python.antlr.PythonParser.WithStatementContext;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.CleanupCalls;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.rules.Targets;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * AW701: one task per item of an iterable of unknown size, all gathered at once or all started in
 * one {@code asyncio.TaskGroup}, with nothing bounding how many run together.
 */
public final class UnboundedFanOut implements Rule {

  private static final Set<String> GATHER = Set.of("asyncio.gather", "asyncio.tasks.gather");

  private static final Set<String> TASK_GROUP =
      Set.of("asyncio.TaskGroup", "asyncio.taskgroups.TaskGroup");

  /** What every finding advises, whether the tasks are gathered or made in a TaskGroup. */
  private static final String ADVICE =
      "all at once: bound the concurrency with an `asyncio.Semaphore` or a fixed pool of workers";

  @Override
  public String code() {
    return "AW701";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("gather", "create_task");
  }

  @Override
  public String fixSummary() {
    return "advice only (bound it with a semaphore)";
  }

  @Override
  public String finds() {
    return "a task per item of an iterable of unknown size, all at once";
  }

  @Override
  public String name() {
    return "unbounded-fan-out";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Tasks started one per item of an iterable of unknown size, all at once:"
            + " `asyncio.gather(*[fetch(u) for u in urls])` (however imported), or a `gather()` of"
            + " a list the same function builds by a comprehension (`tasks = [...]`) or by"
            + " `tasks.append(...)` in a `for` loop; or `tg.create_task(...)` in the block of"
            + " `async with asyncio.TaskGroup() as tg:` (however imported, whatever the name), in a"
            + " comprehension (`[tg.create_task(fetch(u)) for u in urls]`, also set, dict and"
            + " generator forms, as in `list(...)`) or in a `for` loop of that block. An iterable"
            + " counts as of unknown size (input: a parameter, what a call fetched, an attribute)"
            + " unless the code fixes its size. Not reported when the iterable has a fixed size: a display (a"
            + " list, tuple, set or string), a comprehension over displays, `range()` of integer"
            + " constants of at most 1000 items (literals, `64 + 1`, names assigned only"
            + " constants, the parameter of a local function every call of which passes a"
            + " constant), the result of `await asyncio.gather(a, b, c)`, or a name assigned only"
            + " such values in the function; when each item is cleaned up rather than started"
            + " (`c.close()`, `aclose`, `wait_closed`, `shutdown`, `stop`, `cancel`,"
            + " `disconnect`, `release`, `terminate`, `cleanup`, `dispose`, with or without"
            + " leading underscores: closing what is already open starts nothing new); when the"
            + " gather or the TaskGroup's `async with` itself runs in a loop (batches); or when"
            + " the module mentions a semaphore or a limit (`asyncio.Semaphore`,"
            + " `BoundedSemaphore`, anything named `*semaphore*` or `*limit*`). A `create_task` in"
            + " a nested `def` or `lambda`, or made once rather than per item, is not reported.",
        "Everything starts at once: ten thousand URLs open ten thousand connections, exhaust"
            + " file descriptors, trip the server's rate limits and hold every response in memory"
            + " together. How much runs at a time should be a decision, not the size of the"
            + " input. A TaskGroup (AW302's rewrite of `gather()`) changes what happens when a"
            + " task fails, not how many run together.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def fetch_all(session, urls):\n"
            + "    return await asyncio.gather(*[fetch(session, u) for u in urls])\n"
            + "\n"
            + "\n"
            + "# or, as AW302 rewrites it:\n"
            + "async def fetch_all_in_a_group(session, urls):\n"
            + "    async with asyncio.TaskGroup() as tg:\n"
            + "        tasks = [tg.create_task(fetch(session, u)) for u in urls]\n"
            + "    return [t.result() for t in tasks]",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def fetch_all(session, urls, limit=10):\n"
            + "    semaphore = asyncio.Semaphore(limit)\n"
            + "\n"
            + "    async def bounded(u):\n"
            + "        async with semaphore:\n"
            + "            return await fetch(session, u)\n"
            + "\n"
            + "    return await asyncio.gather(*[bounded(u) for u in urls])\n"
            + "\n"
            + "# or, in a TaskGroup, `tg.create_task(bounded(u))` for each `u`; or batches (a TaskGroup\n"
            + "# or a `gather()` per slice of `urls`), or a fixed number of workers taking items from an\n"
            + "# `asyncio.Queue`.",
        "Advice only: the right bound depends on the resource (connections, processes, an"
            + " API's rate limit), which only the author knows.",
        "any");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    List<CallSite> gathers = Callees.callsOf(model, GATHER);
    List<CallSite> creates = model.callsNamed("create_task");
    if ((gathers.isEmpty() && creates.isEmpty()) || mentionsALimit(model)) {
      return;
    }
    for (CallSite call : gathers) {
      if (insideLoop(model, call.primary())) {
        continue;
      }
      for (ArgumentContext argument : call.arguments()) {
        if (!(argument instanceof StarArgumentContext star)) {
          continue;
        }
        Optional<String> iterable = fannedOut(model, star.expression(), call.primary());
        if (iterable.isPresent()) {
          context.report(
              Finding.of(
                  code(),
                  "`gather()` starts one awaitable per item of `" + iterable.get() + "`, " + ADVICE,
                  RuleContext.start(call.primary()),
                  RuleContext.end(call.call())));
          break;
        }
      }
    }
    Set<ParserRuleContext> reported = new HashSet<>();
    for (CallSite call : creates) {
      Optional<ParserRuleContext> iterable = taskGroupFanOut(model, call);
      if (iterable.isPresent() && reported.add(iterable.get())) {
        context.report(
            Finding.of(
                code(),
                "`"
                    + call.primary().getStart().getText()
                    + ".create_task()` starts one task per item of `"
                    + iterable.get().getText()
                    + "`, "
                    + ADVICE,
                RuleContext.start(call.primary()),
                RuleContext.end(call.call())));
      }
    }
  }

  /**
   * For {@code tg.create_task(...)} in the block of {@code async with asyncio.TaskGroup() as tg:}
   * (however imported), made there once per item by a {@code for} loop or a comprehension (of which
   * it is in the element) over an unbounded iterable: that iterable, the innermost such. Not when
   * the block itself runs in a loop (batches), as for {@code gather()}.
   */
  private static Optional<ParserRuleContext> taskGroupFanOut(ModuleModel model, CallSite call) {
    if (call.callIndex() != 1
        || !(call.primary() instanceof NameAtomContext)
        || call.arguments().isEmpty()
        || !(call.arguments().get(0) instanceof ValueArgumentContext task)
        || task.EQUAL() != null
        || CleanupCalls.isCleanupCall(task.expression(0))) {
      return Optional.empty();
    }
    String group = call.primary().getStart().getText();
    Scope scope = model.scopeAt(call.primary());
    ParserRuleContext unbounded = null;
    ParseTree child = call.primary();
    for (ParseTree node = child.getParent();
        node != null && node != scope.node();
        child = node, node = node.getParent()) {
      if (node instanceof WithStatementContext with
          && with.ASYNC() != null
          && child == with.block()) {
        Optional<Boolean> taskGroup = bindsTaskGroup(model, with, group);
        if (taskGroup.isPresent()) {
          return taskGroup.get() && unbounded != null && !insideLoop(model, with)
              ? Optional.of(unbounded)
              : Optional.empty();
        }
      } else if (unbounded != null) {
        continue;
      } else if (node instanceof ForStatementContext loop && child == loop.block()) {
        if (!FixedSize.isFixed(model, loop.starExpressions(), scope)) {
          unbounded = loop.starExpressions();
        }
      } else {
        Optional<ComprehensionContext> comprehension = repeating(node, child);
        if (comprehension.isPresent()) {
          unbounded = unboundedIterable(model, comprehension.get(), scope).orElse(null);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an {@code async with} binds the name with {@code as}: to a new {@code TaskGroup} (true)
   * or to something else (false); empty when it does not bind it.
   */
  private static Optional<Boolean> bindsTaskGroup(
      ModuleModel model, WithStatementContext with, String name) {
    for (WithItemContext item : with.withItem()) {
      StarTargetContext target = item.starTarget();
      if (target == null
          || target.getChildCount() != 1
          || !Statements.bareName(target.primary()).equals(Optional.of(name))) {
        continue;
      }
      Optional<PrimaryContext> value = Statements.soleOperand(item.expression());
      if (value.isEmpty()) {
        return Optional.of(false);
      }
      List<TrailerContext> trailers = value.get().getRuleContexts(TrailerContext.class);
      return Optional.of(
          !trailers.isEmpty()
              && trailers.get(trailers.size() - 1) instanceof CallContext
              && model
                  .calleeName(new CallSite(value.get(), trailers.size() - 1))
                  .filter(TASK_GROUP::contains)
                  .isPresent());
    }
    return Optional.empty();
  }

  /**
   * The comprehension that evaluates a child of a node once per item: the child is the element of a
   * list, set or dict comprehension or of a generator expression (in parentheses or as the sole
   * argument of a call), not its clauses.
   */
  private static Optional<ComprehensionContext> repeating(ParseTree node, ParseTree child) {
    ComprehensionContext comprehension = null;
    ParseTree clauses = null;
    if (node instanceof ElementsContext elements) {
      comprehension = elements.comprehension();
      clauses = comprehension;
    } else if (node instanceof ValueArgumentContext argument) {
      comprehension = argument.comprehension();
      clauses = comprehension;
    } else if (node instanceof DictOrSetBodyContext body) {
      if (body.setTail() != null) {
        comprehension = body.setTail().comprehension();
        clauses = body.setTail();
      } else if (body.dictTail() != null) {
        comprehension = body.dictTail().comprehension();
        clauses = body.dictTail();
      }
    }
    return comprehension == null || child == clauses
        ? Optional.empty()
        : Optional.of(comprehension);
  }

  /**
   * The text of the unbounded iterable a starred argument fans out over: a comprehension of calls
   * written in place, or a name the same function fills by a comprehension or by {@code append} in
   * a {@code for} loop.
   */
  private static Optional<String> fannedOut(
      ModuleModel model, ExpressionContext expression, PrimaryContext at) {
    Optional<PrimaryContext> operand = Statements.soleOperand(expression);
    if (operand.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> inPlace = comprehensionOfCalls(model, operand.get());
    if (inPlace.isPresent()) {
      return inPlace;
    }
    Optional<String> name = Statements.bareName(operand.get());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Scope scope = model.scopeAt(at);
    if (scope.kind() != Scope.Kind.FUNCTION) {
      return Optional.empty();
    }
    for (PrimaryContext mention : model.namePrimaries()) {
      if (!mention.getStart().getText().equals(name.get()) || model.scopeAt(mention) != scope) {
        continue;
      }
      List<TrailerContext> trailers = mention.getRuleContexts(TrailerContext.class);
      if (trailers.isEmpty() && Targets.isTarget(mention)) {
        Optional<String> built = assignedComprehension(model, mention);
        if (built.isPresent()) {
          return built;
        }
      } else if (trailers.size() == 2
          && trailers.get(0).getText().equals(".append")
          && trailers.get(1) instanceof CallContext append
          && isCallArgument(append)) {
        Optional<ForStatementContext> loop =
            Statements.ancestor(mention, ForStatementContext.class);
        if (loop.isPresent()
            && model.scopeAt(loop.get()) == scope
            && !FixedSize.isFixed(model, loop.get().starExpressions(), scope)) {
          return Optional.of(loop.get().starExpressions().getText());
        }
      }
    }
    return Optional.empty();
  }

  /** For {@code name = [<call> for x in xs]}, where the mention is the target: {@code xs}. */
  private static Optional<String> assignedComprehension(ModuleModel model, PrimaryContext target) {
    return Statements.ancestor(target, ExpressionStatementContext.class)
        .flatMap(Statements::assignedValue)
        .flatMap(Statements::single)
        .flatMap(Statements::soleOperand)
        .flatMap(value -> comprehensionOfCalls(model, value));
  }

  /**
   * For a list comprehension or generator expression whose items are calls ({@code [f(x) for x in
   * xs]}), the text of its first unbounded iterable.
   */
  private static Optional<String> comprehensionOfCalls(ModuleModel model, PrimaryContext value) {
    ElementsContext elements;
    if (value instanceof ListDisplayContext list
        && list.getRuleContexts(TrailerContext.class).isEmpty()) {
      elements = list.elements();
    } else if (value instanceof ParenthesizedContext parenthesized
        && parenthesized.getRuleContexts(TrailerContext.class).isEmpty()) {
      elements = parenthesized.elements();
    } else {
      return Optional.empty();
    }
    if (elements == null
        || elements.comprehension() == null
        || elements.starNamedExpression(0).namedExpression() == null
        || elements.starNamedExpression(0).namedExpression().COLONEQUAL() != null
        || !isWork(elements.starNamedExpression(0).namedExpression().expression(0))) {
      return Optional.empty();
    }
    return unboundedIterable(model, elements.comprehension(), model.scopeAt(value))
        .map(ParserRuleContext::getText);
  }

  /** The first iterable of a comprehension's {@code for} clauses that is not a small literal. */
  private static Optional<OperationContext> unboundedIterable(
      ModuleModel model, ComprehensionContext comprehension, Scope scope) {
    for (ComprehensionForContext clause : comprehension.comprehensionFor()) {
      OperationContext iterable = clause.operation(0);
      if (!FixedSize.isFixed(model, iterable, scope)) {
        return Optional.of(iterable);
      }
    }
    return Optional.empty();
  }

  /** Whether an expression is a call, perhaps of a call ({@code f(x)}, {@code a.b(c(x))}). */
  private static boolean isCall(ExpressionContext expression) {
    return Statements.soleOperand(expression)
        .map(primary -> primary.getRuleContexts(TrailerContext.class))
        .filter(trailers -> !trailers.isEmpty())
        .filter(trailers -> trailers.get(trailers.size() - 1) instanceof CallContext)
        .isPresent();
  }

  /**
   * Whether an expression is a call that does work per item, not a cleanup of it: closing what is
   * already open ({@code c.close()}, {@code conn.shutdown()}, {@code task.cancel()}) starts nothing
   * new, however many there are.
   */
  private static boolean isWork(ExpressionContext expression) {
    return isCall(expression) && !CleanupCalls.isCleanupCall(expression);
  }

  private static boolean isCallArgument(CallContext append) {
    return append.arguments() != null
        && append.arguments().argument().size() == 1
        && append.arguments().argument(0) instanceof ValueArgumentContext value
        && value.EQUAL() == null
        && value.comprehension() == null
        && isWork(value.expression(0));
  }

  /** Whether the node runs in a {@code for} or {@code while} loop of its own function. */
  private static boolean insideLoop(ModuleModel model, ParseTree node) {
    Scope scope = model.scopeAt(node);
    for (ParseTree current = node.getParent(); current != null; current = current.getParent()) {
      if (current == scope.node()) {
        return false;
      }
      if (current instanceof ForStatementContext || current instanceof WhileStatementContext) {
        return true;
      }
    }
    return false;
  }

  /** Whether the module names a semaphore or a limit anywhere: the fan-out may well be bounded. */
  private static boolean mentionsALimit(ModuleModel model) {
    for (Token token : model.module().tokens()) {
      if (token.getType() == PythonLexer.NAME) {
        String text = token.getText().toLowerCase(Locale.ROOT);
        if (text.contains("semaphore") || text.contains("limit")) {
          return true;
        }
      }
    }
    return false;
  }
}
