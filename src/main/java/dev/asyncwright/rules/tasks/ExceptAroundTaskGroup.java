package dev.asyncwright.rules.tasks;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import dev.asyncwright.python.antlr.PythonParser.ExceptClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.TryStatementContext;
import dev.asyncwright.rules.Callees;
import dev.asyncwright.rules.ExceptTypes;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.tree.Expression;
import dev.asyncwright.tree.ValueUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Token;

/**
 * AW307: {@code except ValueError:} on a {@code try} whose body is an {@code asyncio.TaskGroup}
 * block. A task group raises what its tasks and its body raise inside an {@code ExceptionGroup}, so
 * the handler never runs: {@code except* ValueError:} is what catches them.
 */
public final class ExceptAroundTaskGroup implements Rule {

  private static final Set<String> TASK_GROUP =
      Set.of("asyncio.TaskGroup", "asyncio.taskgroups.TaskGroup");

  /**
   * Exceptions a task group only ever raises inside a group, by qualified name: the builtin and
   * standard ones a task or its body raises. Not among them: what the group lets through as it is
   * (cancellation, {@code KeyboardInterrupt}, {@code SystemExit}), what its entering may raise
   * ({@code RuntimeError}), what catches a group ({@code Exception}, {@code BaseException}, the
   * groups themselves), and any class the rule does not know.
   */
  private static final Set<String> ONLY_IN_A_GROUP =
      Stream.concat(
              Stream.of(
                      "ValueError",
                      "TypeError",
                      "KeyError",
                      "IndexError",
                      "LookupError",
                      "AttributeError",
                      "ArithmeticError",
                      "ZeroDivisionError",
                      "OverflowError",
                      "AssertionError",
                      "NotImplementedError",
                      "UnicodeError",
                      "UnicodeDecodeError",
                      "UnicodeEncodeError",
                      "EOFError",
                      "OSError",
                      "IOError",
                      "EnvironmentError",
                      "ConnectionError",
                      "ConnectionResetError",
                      "ConnectionRefusedError",
                      "ConnectionAbortedError",
                      "BrokenPipeError",
                      "TimeoutError",
                      "FileNotFoundError",
                      "FileExistsError",
                      "PermissionError",
                      "InterruptedError")
                  .map(name -> "builtins." + name),
              Stream.of(
                  "asyncio.TimeoutError",
                  "asyncio.exceptions.TimeoutError",
                  "asyncio.IncompleteReadError",
                  "asyncio.LimitOverrunError",
                  "asyncio.InvalidStateError",
                  "socket.timeout",
                  "socket.error",
                  "socket.gaierror",
                  "ssl.SSLError",
                  "json.JSONDecodeError"))
          .collect(Collectors.toUnmodifiableSet());

  @Override
  public String code() {
    return "AW307";
  }

  @Override
  public String name() {
    return "except-around-task-group";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("TaskGroup");
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public String fixSummary() {
    return "`except* ...`";
  }

  @Override
  public String finds() {
    return "`except ValueError:` around a TaskGroup: it never runs";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A `try` whose body is one `async with asyncio.TaskGroup() as tg:` block (however"
            + " imported), and each of its `except` clauses that names only exceptions a task"
            + " group never lets out on their own: the builtin and standard errors (`ValueError`,"
            + " `KeyError`, `OSError` and its kin, `TimeoutError` and `asyncio.TimeoutError`,"
            + " `socket` and `ssl` errors...). Not reported: `except Exception` or"
            + " `BaseException` (they catch the group), the cancellation, `KeyboardInterrupt` and"
            + " `SystemExit` (the group lets them through), `RuntimeError` (entering the group"
            + " may raise it), classes of the project or a library (the rule cannot tell what they"
            + " are), and a `try` with more than the group in its body (those statements may raise"
            + " the error on their own).",
        "A task group gathers what its tasks and its body raise and raises them together in an"
            + " `ExceptionGroup` (since Python 3.11, even a single one). `except ValueError:` does"
            + " not match a group, so the handler never runs and the error goes up as a group the"
            + " caller does not expect. It is the usual slip when `gather()` becomes a"
            + " `TaskGroup`.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def fetch_all(urls, fetch):\n"
            + "    try:\n"
            + "        async with asyncio.TaskGroup() as tg:\n"
            + "            for url in urls:\n"
            + "                tg.create_task(fetch(url))\n"
            + "    except ConnectionError:\n"
            + "        print(\"a fetch failed\")",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def fetch_all(urls, fetch):\n"
            + "    try:\n"
            + "        async with asyncio.TaskGroup() as tg:\n"
            + "            for url in urls:\n"
            + "                tg.create_task(fetch(url))\n"
            + "    except* ConnectionError:\n"
            + "        print(\"a fetch failed\")",
        "Unsafe: the handler runs now, for each group that holds such an error, which is the"
            + " point of the fix; the other errors of the group go on up as a smaller group, and"
            + " a group with no such error passes the handler by as before. `except*` (3.11) cannot"
            + " share a `try` with `except`, so the fix rewrites every handler of the `try`, and"
            + " only when each of them is one the rule reports. No fix when a handler names the"
            + " error (`as e`: `e` would become a group, and the code that reads it would"
            + " change), or holds `return`, `break` or `continue` (not allowed in an `except*`"
            + " block).",
        "3.11 (`except*` and `asyncio.TaskGroup`)");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    for (CallSite call : Callees.callsOf(model, TASK_GROUP)) {
      Optional<TryStatementContext> statement = tryAround(call);
      if (statement.isEmpty() || statement.get().exceptClause().isEmpty()) {
        continue;
      }
      List<ExceptClauseContext> handlers = statement.get().exceptClause();
      List<ExceptClauseContext> dead = new ArrayList<>();
      for (ExceptClauseContext handler : handlers) {
        if (onlyInAGroup(model, handler)) {
          dead.add(handler);
        }
      }
      String why = dead.size() == handlers.size() ? whyNoFix(context, handlers) : null;
      if (dead.size() != handlers.size()) {
        why = "another handler of the `try` catches what is not a group's";
      }
      for (ExceptClauseContext handler : dead) {
        String caught = context.text(handler.exceptTypes()).replaceAll("\\s+", " ");
        Finding finding =
            Finding.of(
                code(),
                "`except "
                    + caught
                    + "` around a TaskGroup never runs: the group raises its errors inside an"
                    + " `ExceptionGroup` (use `except* "
                    + caught
                    + "`)",
                RuleContext.start(handler),
                RuleContext.end(handler.exceptTypes()));
        if (why != null) {
          context.report(finding.withheld(why));
        } else {
          context.report(
              finding,
              new Fix(
                  "Catch them inside the group: `except*`",
                  Applicability.UNSAFE,
                  new PythonVersion(11),
                  handlers.stream()
                      .map(each -> Edit.insert(each.EXCEPT().getSymbol().getStopIndex() + 1, "*"))
                      .toList()));
        }
      }
    }
  }

  /** The {@code try} whose whole body is the {@code async with} of this group, if there is one. */
  private static Optional<TryStatementContext> tryAround(CallSite call) {
    if (!call.endsPrimary()
        || !(call.view().use() instanceof ValueUse.Entered entered)
        || entered.statement().ASYNC() == null
        || entered.statement().withItem().size() != 1
        || !(entered.statement().getParent().getParent() instanceof StatementContext statement)
        || !(statement.getParent() instanceof BlockContext block)
        || block.statement().size() != 1
        || block.simpleStatements() != null
        || !(block.getParent() instanceof TryStatementContext tried)
        || tried.block() != block) {
      return Optional.empty();
    }
    return Optional.of(tried);
  }

  /** Whether the handler names only exceptions the group raises in a group. */
  private static boolean onlyInAGroup(ModuleModel model, ExceptClauseContext handler) {
    List<ExpressionContext> types = ExceptTypes.of(handler);
    if (types.isEmpty() || handler.exceptTypes().expression().isEmpty()) {
      return false;
    }
    for (ExpressionContext type : types) {
      if (model.qualifiedName(Expression.of(type)).filter(ONLY_IN_A_GROUP::contains).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String whyNoFix(RuleContext context, List<ExceptClauseContext> handlers) {
    for (ExceptClauseContext handler : handlers) {
      if (handler.AS() != null) {
        return "the handler names the error (`as "
            + handler.name().getText()
            + "`), which would become a group";
      }
      Optional<Token> leaves =
          context.firstToken(
              handler.block(), PythonParser.RETURN, PythonParser.BREAK, PythonParser.CONTINUE);
      if (leaves.isPresent()) {
        return "`" + leaves.get().getText() + "` is not allowed in an `except*` block";
      }
    }
    return null;
  }
}
