package dev.asyncwright.rules.tasks;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import dev.asyncwright.python.antlr.PythonParser.ExceptClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.TryStatementContext;
import dev.asyncwright.rules.ExceptTypes;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.TestCode;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.tree.Expression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * AW503: a handler in a coroutine that catches {@code CancelledError} (or everything) and never
 * re-raises: the task can no longer be cancelled.
 */
public final class SwallowedCancellation implements Rule {

  private static final Set<String> CANCELLATION =
      Set.of("asyncio.CancelledError", "asyncio.exceptions.CancelledError");
  private static final String BASE = "builtins.BaseException";

  @Override
  public String code() {
    return "AW503";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("async");
  }

  @Override
  public String fixSummary() {
    return "re-raise with `raise`";
  }

  @Override
  public String finds() {
    return "a cancellation caught and not re-raised in a coroutine";
  }

  @Override
  public String name() {
    return "swallowed-cancellation";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "In a coroutine, a handler that catches the task's cancellation around code that awaits"
            + " (`except asyncio.CancelledError`, alone or in a tuple, a bare `except:`, `except"
            + " BaseException`), has no `raise` in it, and after which the coroutine goes on"
            + " awaiting: the `try` sits in a loop that goes round again, or awaiting code follows"
            + " it. `except Exception` is not reported: `CancelledError` is a `BaseException`"
            + " since Python 3.8. Not reported either, because there the swallowing is the point"
            + " or cannot be told from it: a handler after which the coroutine ends (a worker"
            + " whose owner's `task.cancel(); await task` returns, a task's catch-all that logs"
            + " and finishes); a handler that hands what it caught on (`future.set_exception(e)`,"
            + " `errors.append(e)`, `results[i] = e`, `return e`; passing it to a log call does"
            + " not count) or passes the cancellation on (`scope.cancel()`); a handler with a"
            + " comment in its body saying why; a handler that waits for a task the same function"
            + " cancelled (`task.cancel()` then `await task`: the cancellation is the child's); a"
            + " handler after one that already catches the cancellation; a module that does not"
            + " import asyncio (trio's and anyio's cancellations are their own); and test code,"
            + " where a task that ignores `cancel()` is what a test builds to see what the code"
            + " under test does about it.",
        "`task.cancel()` works by raising `CancelledError` inside the task at its `await`. A"
            + " handler that swallows it and goes on leaves the task running although it was"
            + " asked to stop: `asyncio.timeout()`, `TaskGroup`, `asyncio.run()` shutting down"
            + " and `wait_for` all rely on the cancellation arriving, and hang or misbehave when"
            + " it does not.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def worker(queue):\n"
            + "    while True:\n"
            + "        try:\n"
            + "            item = await queue.get()\n"
            + "        except asyncio.CancelledError:\n"
            + "            log.info(\"cancelled\")\n"
            + "        handle(item)",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def worker(queue):\n"
            + "    while True:\n"
            + "        try:\n"
            + "            item = await queue.get()\n"
            + "        except asyncio.CancelledError:\n"
            + "            log.info(\"cancelled\")\n"
            + "            raise\n"
            + "        handle(item)",
        "Unsafe: the task is now cancelled as asked, so code after the `try` no longer runs"
            + " after a cancellation, and whoever awaits the task gets `CancelledError`. For"
            + " `except CancelledError` the fix adds `raise` as the handler's last statement, at"
            + " the indentation of its body (a lone `pass` becomes `raise`; a one-line handler"
            + " such as `except CancelledError: log()` becomes a block). For a tuple,"
            + " `BaseException` or a bare `except:` it adds a handler `except"
            + " asyncio.CancelledError: raise` just before, so every other exception is handled"
            + " as before. No fix when the handler ends with `return`, `break` or `continue`:"
            + " the author chose where the coroutine goes after the handler, and a `raise`"
            + " would overrule that choice in a way the fix cannot weigh.",
        "any: `raise` has always been there.");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    // Trio's and anyio's own cancellation is no asyncio.CancelledError: a module that does not
    // import asyncio has no asyncio task to keep cancellable.
    if (model.functions().stream().noneMatch(function -> function.ASYNC() != null)
        || !model.imports("asyncio")
        || TestCode.isTestModule(context)) {
      return;
    }
    List<Token> tokens = model.module().tokens();
    List<ExceptClauseContext> handlers = new ArrayList<>();
    collect(model.module().tree(), handlers);
    for (ExceptClauseContext handler : handlers) {
      if (!model.inCoroutine(handler)) {
        continue;
      }
      Optional<String> caught = caught(model, handler);
      TryStatementContext statement = (TryStatementContext) handler.getParent();
      if (caught.isEmpty()
          || caughtEarlier(model, statement, handler)
          || !awaits(context, statement.block())
          || has(context, handler.block(), PythonLexer.RAISE)
          || waitsForCancelledTask(context, statement)
          || HandlerEffects.forwards(handler)
          || HandlerEffects.cancelsOthers(handler)
          || HandlerEffects.explained(handler, tokens)
          || HandlerEffects.recordsForLater(handler, model.enclosingFunction(handler).orElseThrow())
          || !HandlerEffects.goesOnAwaiting(
              handler, model.enclosingFunction(handler).orElseThrow())) {
        continue;
      }
      int end =
          handler.exceptTypes() == null
              ? handler.EXCEPT().getSymbol().getStopIndex() + 1
              : RuleContext.end(handler.exceptTypes());
      String message =
          caught.get()
              + " swallows the task's cancellation and the coroutine goes on awaiting:"
              + " re-raise it";
      Finding finding =
          Finding.of(code(), message, handler.EXCEPT().getSymbol().getStartIndex(), end);
      Optional<List<Edit>> edits =
          HandlerEffects.jumpsOut(handler)
              ? Optional.empty()
              : onlyCancellation(model, handler)
                  ? reraise(context, handler)
                  : reraiseFirst(context, handler);
      if (edits.isEmpty()) {
        context.report(finding);
      } else {
        context.report(
            finding,
            new Fix(
                "Re-raise the cancellation with `raise`",
                dev.asyncwright.fix.Applicability.UNSAFE,
                null,
                edits.get()));
      }
    }
  }

  private static void collect(ParseTree node, List<ExceptClauseContext> into) {
    if (node instanceof ExceptClauseContext handler) {
      into.add(handler);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      ParseTree child = node.getChild(i);
      if (child instanceof ParserRuleContext) {
        collect(child, into);
      }
    }
  }

  /** How the handler is spelled, if it catches the cancellation. */
  private static Optional<String> caught(ModuleModel model, ExceptClauseContext handler) {
    if (handler.exceptTypes() == null) {
      return Optional.of("A bare `except:`");
    }
    List<ExpressionContext> types = ExceptTypes.of(handler);
    boolean everything = false;
    boolean cancellation = false;
    for (ExpressionContext type : types) {
      Optional<String> name = model.qualifiedName(Expression.of(type));
      cancellation |= name.filter(CANCELLATION::contains).isPresent();
      everything |= name.filter(BASE::equals).isPresent();
    }
    return cancellation || everything
        ? Optional.of("`except " + handler.exceptTypes().getText() + "`")
        : Optional.empty();
  }

  /** Whether an earlier handler of the same try statement catches the cancellation first. */
  private static boolean caughtEarlier(
      ModuleModel model, TryStatementContext statement, ExceptClauseContext handler) {
    for (ExceptClauseContext earlier : statement.exceptClause()) {
      if (earlier == handler) {
        return false;
      }
      if (caught(model, earlier).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the handler names {@code CancelledError} alone (not in a tuple, not everything). */
  private static boolean onlyCancellation(ModuleModel model, ExceptClauseContext handler) {
    if (handler.exceptTypes() == null || handler.exceptTypes().expression().size() != 1) {
      return false;
    }
    return model
        .qualifiedName(Expression.of(handler.exceptTypes().expression(0)))
        .filter(CANCELLATION::contains)
        .isPresent();
  }

  /**
   * For a handler that catches more than the cancellation (a tuple, {@code BaseException}, a bare
   * {@code except:}): a handler of its own before it that re-raises the cancellation, so that the
   * other exceptions are handled as before.
   */
  private static Optional<List<Edit>> reraiseFirst(
      RuleContext context, ExceptClauseContext handler) {
    SourceFile source = context.source();
    Optional<String> indent = Lines.indentation(source, handler);
    BlockContext block = handler.block();
    Optional<String> unit =
        block.simpleStatements() == null
            ? Lines.indentation(source, block.statement(0))
                .filter(inner -> indent.isPresent() && inner.startsWith(indent.get()))
                .map(inner -> inner.substring(indent.get().length()))
                .filter(inner -> !inner.isEmpty())
            : Lines.unit(source, handler);
    if (indent.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    Imports.ModuleReference asyncio = context.imports().module("asyncio", handler);
    List<Edit> edits = new ArrayList<>();
    edits.add(
        Lines.insertBefore(
            source,
            handler,
            indent.get(),
            List.of("except " + asyncio.name() + ".CancelledError:", unit.get() + "raise")));
    asyncio.importEdit().ifPresent(edits::add);
    return Optional.of(edits);
  }

  /** Whether the try block can be cancelled itself: it awaits, or uses async for / with. */
  private static boolean awaits(RuleContext context, BlockContext block) {
    return has(context, block, PythonLexer.AWAIT) || has(context, block, PythonLexer.ASYNC);
  }

  private static boolean has(RuleContext context, ParserRuleContext node, int type) {
    List<Token> tokens = context.model().module().tokens();
    for (int i = node.getStart().getTokenIndex(); i <= node.getStop().getTokenIndex(); i++) {
      if (tokens.get(i).getType() == type) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the try block awaits something (not a call) that the enclosing function cancels with
   * {@code X.cancel()}: the idiom that waits for a cancelled child task to finish.
   */
  private static boolean waitsForCancelledTask(RuleContext context, TryStatementContext statement) {
    Set<String> awaited = new HashSet<>();
    collectAwaited(context, statement.block(), awaited);
    if (awaited.isEmpty()) {
      return false;
    }
    ParseTree function = context.model().scopeAt(statement).node();
    for (CallSite call : context.model().callsNamed("cancel")) {
      if (call.callIndex() == 0 || context.model().scopeAt(call.primary()).node() != function) {
        continue;
      }
      TrailerContext attribute = call.trailers().get(call.callIndex() - 1);
      String receiver =
          context.text(RuleContext.start(call.primary()), RuleContext.start(attribute)).strip();
      if (awaited.contains(receiver)) {
        return true;
      }
    }
    return false;
  }

  private static void collectAwaited(RuleContext context, ParseTree node, Set<String> into) {
    if (node instanceof OperationContext operation) {
      for (int i = 0; i + 1 < operation.getChildCount(); i++) {
        if (operation.getChild(i) instanceof org.antlr.v4.runtime.tree.TerminalNode terminal
            && terminal.getSymbol().getType() == PythonLexer.AWAIT
            && operation.getChild(i + 1) instanceof PrimaryContext primary) {
          List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
          if (trailers.isEmpty()
              || !(trailers.get(trailers.size() - 1) instanceof PythonParser.CallContext)) {
            into.add(context.text(primary).strip());
          }
        }
      }
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collectAwaited(context, node.getChild(i), into);
    }
  }

  /** The edits that make the handler end with {@code raise}, if they can be made. */
  private static Optional<List<Edit>> reraise(RuleContext context, ExceptClauseContext handler) {
    SourceFile source = context.source();
    List<Token> tokens = context.model().module().tokens();
    BlockContext block = handler.block();
    Optional<Edit> lonePass = lonePass(context, block);
    if (lonePass.isPresent()) {
      return Optional.of(List.of(lonePass.get()));
    }
    if (block.simpleStatements() == null) {
      Optional<String> indent = Lines.indentation(source, block.statement(0));
      return indent.map(
          i -> List.of(Lines.insertAfter(source, tokens, block, i, List.of("raise"))));
    }
    // a one-line handler: make it a block
    Optional<String> outer = Lines.indentation(source, handler);
    Optional<String> unit = Lines.unit(source, handler);
    if (outer.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    String inner = outer.get() + unit.get();
    int colon =
        tokens.get(previousVisible(tokens, block.getStart().getTokenIndex())).getStopIndex();
    return Optional.of(
        List.of(
            new Edit(colon + 1, RuleContext.start(block), Lines.newline(source) + inner),
            Lines.insertAfter(source, tokens, block, inner, List.of("raise"))));
  }

  private static int previousVisible(List<Token> tokens, int index) {
    int i = index - 1;
    while (i > 0 && tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) {
      i--;
    }
    return i;
  }

  /** A handler whose whole body is {@code pass}, without a comment: the pass becomes raise. */
  private static Optional<Edit> lonePass(RuleContext context, BlockContext block) {
    SimpleStatementsContext line =
        block.simpleStatements() != null
            ? block.simpleStatements()
            : block.statement().size() == 1 ? block.statement(0).simpleStatements() : null;
    if (line == null
        || line.simpleStatement().size() != 1
        || !line.SEMI().isEmpty()
        || line.simpleStatement(0).passStatement() == null) {
      return Optional.empty();
    }
    List<Token> tokens = context.model().module().tokens();
    Token lineBreak = Lines.lineBreak(tokens, line);
    for (int i = line.getStart().getTokenIndex(); i <= lineBreak.getTokenIndex(); i++) {
      if (tokens.get(i).getType() == PythonLexer.COMMENT) {
        return Optional.empty();
      }
    }
    Token pass = line.simpleStatement(0).passStatement().PASS().getSymbol();
    return Optional.of(new Edit(pass.getStartIndex(), pass.getStopIndex() + 1, "raise"));
  }
}
