package dev.asyncwright.rules.loop;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.EventLoops;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports.ModuleReference;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * AW401: an event loop fetched or made by hand, run until a coroutine completes, perhaps set and
 * closed: {@code asyncio.run(main())} does all of it, and more.
 */
public final class ManualEventLoop implements Rule {

  /** asyncio calls that return a future, not a coroutine: asyncio.run() refuses them. */
  private static final Set<String> FUTURES =
      Set.of(
          "asyncio.gather",
          "asyncio.ensure_future",
          "asyncio.create_task",
          "asyncio.shield",
          "asyncio.as_completed",
          "asyncio.wrap_future");

  @Override
  public String code() {
    return "AW401";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("run_until_complete");
  }

  @Override
  public String fixSummary() {
    return "`asyncio.run(main())`";
  }

  @Override
  public String name() {
    return "manual-event-loop";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Outside a coroutine, `loop.run_until_complete(main())` on a loop from"
            + " `asyncio.get_event_loop()` or `asyncio.new_event_loop()`, with the"
            + " `set_event_loop(loop)` and `loop.close()` that usually go with it.",
        "`asyncio.get_event_loop()` without a running loop is deprecated since Python 3.10"
            + " and will fail in future versions. Hand-made loops are also easy to get wrong:"
            + " forgetting to close them, to cancel the tasks still pending, or to shut down"
            + " asynchronous generators and the default executor. `asyncio.run()` does all"
            + " of that.",
        "loop = asyncio.new_event_loop()\n"
            + "asyncio.set_event_loop(loop)\n"
            + "result = loop.run_until_complete(main())\n"
            + "loop.close()",
        "result = asyncio.run(main())",
        "Unsafe: `asyncio.run()` makes a new loop, cancels the tasks left when `main()`"
            + " returns, and closes the loop. The fix replaces the whole sequence only when it is"
            + " the whole story: the loop is assigned once, and used for nothing but"
            + " `set_event_loop`, one `run_until_complete` and `close`, all plain statements of"
            + " one block without comments. Otherwise the finding comes without a fix.",
        "3.7");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    for (CallSite call : model.callsNamed("run_until_complete")) {
      if (!call.calledName().equals(Optional.of("run_until_complete"))
          || model.inCoroutine(call.primary())
          || !EventLoops.receiverIsLoop(model, call)) {
        continue;
      }
      Finding finding =
          Finding.of(
              code(),
              "Manage the event loop with `asyncio.run()` instead of `run_until_complete()`",
              RuleContext.start(call.primary()),
              RuleContext.end(call.call()));
      Optional<String> coroutine = coroutineArgument(context, call);
      if (coroutine.isEmpty() || !call.endsPrimary()) {
        context.report(finding);
        continue;
      }
      ModuleReference asyncio = context.imports().module("asyncio", call.primary());
      List<Edit> edits = new ArrayList<>();
      edits.add(
          new Edit(
              RuleContext.start(call.primary()),
              RuleContext.end(call.call()),
              asyncio.name() + ".run(" + coroutine.get() + ")"));
      if (call.callIndex() == 1) {
        // the loop is a name: the statements that make, set and close it go too
        Optional<List<Edit>> deletions = wholeStory(context, call);
        if (deletions.isEmpty()) {
          context.report(finding);
          continue;
        }
        edits.addAll(deletions.get());
      }
      asyncio.importEdit().ifPresent(edits::add);
      context.report(
          finding,
          new Fix(
              "Replace with `" + asyncio.name() + ".run(...)`",
              Applicability.UNSAFE,
              new PythonVersion(7),
              edits));
    }
  }

  /** The text of the coroutine passed, if it is a call that gives a coroutine. */
  private static Optional<String> coroutineArgument(RuleContext context, CallSite call) {
    List<ArgumentContext> arguments = call.arguments();
    if (arguments.size() != 1
        || !(arguments.get(0) instanceof ValueArgumentContext value)
        || value.EQUAL() != null
        || value.comprehension() != null) {
      return Optional.empty();
    }
    Optional<PrimaryContext> primary = Statements.soleOperand(value.expression(0));
    Optional<CallSite> inner =
        context.model().calls().stream()
            .filter(c -> primary.isPresent() && c.primary() == primary.get() && c.endsPrimary())
            .findFirst();
    if (inner.isEmpty()
        || context.model().calleeName(inner.get()).filter(FUTURES::contains).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(context.text(value));
  }

  /**
   * The deletions of the other statements of the loop's story, if the story is whole: the loop is
   * assigned once, used only by {@code set_event_loop(loop)}, this call and {@code loop.close()},
   * each a statement alone on its lines, in the call's block, without comments.
   */
  private static Optional<List<Edit>> wholeStory(RuleContext context, CallSite run) {
    ModuleModel model = context.model();
    String name = run.primary().getStart().getText();
    Optional<ExpressionStatementContext> assignment =
        EventLoops.assignedFromFactory(model, name, run.primary());
    Optional<SimpleStatementContext> runStatement = Statements.aloneStatement(run.primary());
    if (assignment.isEmpty() || runStatement.isEmpty()) {
      return Optional.empty();
    }
    List<SimpleStatementContext> deleted = new ArrayList<>();
    deleted.add((SimpleStatementContext) assignment.get().getParent());
    for (PrimaryContext use : model.namePrimaries()) {
      if (!use.getStart().getText().equals(name)
          || model.scopeAt(use) != model.scopeAt(run.primary())
          || use == run.primary()
          || Statements.ancestor(use, ExpressionStatementContext.class).equals(assignment)
              && Statements.bareName(use).isPresent()
              && isTarget(assignment.get(), use)) {
        continue;
      }
      Optional<SimpleStatementContext> statement = storyStatement(context, use, name);
      if (statement.isEmpty()) {
        return Optional.empty(); // any other use of the loop: not the whole story
      }
      deleted.add(statement.get());
    }
    ParserRuleContext block = runStatement.get().getParent().getParent().getParent();
    List<Edit> edits = new ArrayList<>();
    for (SimpleStatementContext statement : deleted) {
      if (statement.getParent().getParent().getParent() != block
          || Statements.aloneStatement(statement).isEmpty()) {
        return Optional.empty();
      }
      Optional<Edit> line =
          Lines.deleteLines(
              context.source(),
              context.model().module().tokens(),
              (StatementContext) statement.getParent().getParent());
      if (line.isEmpty()) {
        return Optional.empty();
      }
      edits.add(line.get());
    }
    return Optional.of(edits);
  }

  private static boolean isTarget(ExpressionStatementContext assignment, PrimaryContext use) {
    return Statements.single(assignment.starExpressions())
        .flatMap(Statements::soleOperand)
        .filter(target -> target == use)
        .isPresent();
  }

  /** The statement {@code asyncio.set_event_loop(loop)} or {@code loop.close()} a use is. */
  private static Optional<SimpleStatementContext> storyStatement(
      RuleContext context, PrimaryContext use, String name) {
    List<TrailerContext> trailers = use.getRuleContexts(TrailerContext.class);
    if (trailers.size() == 2
        && trailers.get(0).getText().equals(".close")
        && trailers.get(1).getText().equals("()")
        && Statements.isWholeStatement(use)) {
      return Statements.aloneStatement(use);
    }
    if (trailers.isEmpty()) {
      // the argument of asyncio.set_event_loop(loop)
      for (CallSite call : context.model().callsNamed("set_event_loop")) {
        if (call.endsPrimary()
            && context.model().calleeName(call).equals(Optional.of("asyncio.set_event_loop"))
            && call.arguments().size() == 1
            && call.arguments().get(0).getText().equals(name)
            && Statements.isWholeStatement(call.primary())
            && RuleContext.start(call.arguments().get(0)) == RuleContext.start(use)) {
          return Statements.aloneStatement(call.primary());
        }
      }
    }
    return Optional.empty();
  }
}
