package dev.asyncwright.rules.loop;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.FinallyClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ForStatementContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.WhileStatementContext;
import dev.asyncwright.rules.EventLoops;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports.ModuleReference;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.rules.loop.LoopStory.Mention;
import dev.asyncwright.rules.loop.LoopStory.Use;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

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
  public String finds() {
    return "an event loop run by hand: `loop.run_until_complete(main())`";
  }

  @Override
  public String name() {
    return "manual-event-loop";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Outside a coroutine, an event loop run by hand: `loop.run_until_complete(main())` on a"
            + " loop from `asyncio.get_event_loop()` or `asyncio.new_event_loop()`, called in"
            + " place or assigned once to a name in the same function (or module), perhaps with"
            + " `asyncio.set_event_loop(loop)` and `loop.close()`. One finding per loop, at its"
            + " first run. Not reported: a loop that is not known to be one made or fetched there"
            + " (`asyncio.get_running_loop()`, a parameter, an attribute, another loop class, a"
            + " name bound twice or read before it is bound); a loop that outlives the function's"
            + " own statements (used by a nested function, returned, yielded, stored, or made in a"
            + " generator such as a pytest fixture: it sets up a loop for others); a loop the code"
            + " looks at or configures itself (`loop.is_closed()`, `loop.set_task_factory(...)`);"
            + " code that runs two loops in one function (a test of cross-loop behaviour); a loop"
            + " from `new_event_loop()` that a `finally` closes (a worker thread's loop, a retry"
            + " loop, a test of two loops: the code owns its loop and cleans up after it, and"
            + " nothing there is deprecated); and, before a 3.11 target, a loop that runs more"
            + " than once (only `asyncio.Runner`, new in 3.11, keeps one loop for several runs).",
        "`asyncio.get_event_loop()` without a running loop is deprecated since Python 3.10"
            + " and will fail in future versions. Hand-made loops are also easy to get wrong:"
            + " forgetting to close them, to cancel the tasks still pending, or to shut down"
            + " asynchronous generators and the default executor. `asyncio.run()` does all"
            + " of that.",
        "import asyncio\n"
            + "\n"
            + "loop = asyncio.new_event_loop()\n"
            + "asyncio.set_event_loop(loop)\n"
            + "result = loop.run_until_complete(main())\n"
            + "loop.close()",
        "import asyncio\n" + "\n" + "result = asyncio.run(main())",
        "Unsafe: `asyncio.run()` makes a new loop of the default policy's kind, sets it as the"
            + " thread's loop while `main()` runs, cancels the tasks left when it returns, shuts"
            + " down asynchronous generators and the default executor, closes the loop and leaves"
            + " the thread with no current event loop. The fix is offered in the plain case only:"
            + " `loop = ...`, perhaps `asyncio.set_event_loop(loop)`, one `run_until_complete(f(...))`"
            + " of a call that gives a coroutine, perhaps `loop.close()`, as consecutive statements"
            + " of one block (or a loop made in place and run once); those statements go and the"
            + " run becomes `asyncio.run(f(...))`. It is withheld, with the reason, when the loop"
            + " runs more than once (two runs, or one in a `for` or `while`: each `asyncio.run()`"
            + " makes a new loop, so what the runs share would break; `asyncio.Runner` keeps one on"
            + " 3.11), when the loop is passed to a call or driven otherwise (`run_forever()`,"
            + " `create_task()`, `set_debug()`...), when the argument is not a coroutine call or"
            + " its arguments call code (which would then run before the loop exists), when the"
            + " module sets an event loop or a policy of its own (uvloop, Proactor, a loop class"
            + " of its own), when it calls `get_event_loop()` elsewhere outside a coroutine (the"
            + " thread's loop it expects would be gone), in a test module (one importing pytest or"
            + " unittest: fixtures and later tests may expect the thread's loop), when the"
            + " statements are not consecutive (closed in a `finally`, other statements in"
            + " between), when a comment would go with a deleted line, and when the factory is"
            + " imported by name (its import would be left unused).",
        "3.7");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    Map<Scope, List<CallSite>> runsByScope = new LinkedHashMap<>();
    for (CallSite call : model.callsNamed("run_until_complete")) {
      if (call.calledName().equals(Optional.of("run_until_complete"))
          && !model.inCoroutine(call.primary())) {
        runsByScope
            .computeIfAbsent(model.scopeAt(call.primary()), s -> new ArrayList<>())
            .add(call);
      }
    }
    for (Map.Entry<Scope, List<CallSite>> entry : runsByScope.entrySet()) {
      List<CallSite> runs = entry.getValue();
      Set<String> loops = new HashSet<>();
      runs.forEach(run -> loops.add(loopOf(model, run)));
      if (loops.size() != 1) {
        continue; // code that runs two loops is about loops (a test of cross-loop behaviour)
      }
      String loop = loops.iterator().next();
      if (loop.startsWith(NAMED)) {
        LoopStory.of(model, loop.substring(NAMED.length()), entry.getKey())
            .ifPresent(story -> reportNamed(context, story, runs));
      } else if (loop.startsWith(INLINE)) {
        reportInline(context, runs);
      }
    }
  }

  private static final String NAMED = "name ";
  private static final String INLINE = "inline ";

  /**
   * Which loop a run is on: a name, a loop made in place (each its own; the thread's loop one for
   * all), or something else.
   */
  private static String loopOf(ModuleModel model, CallSite run) {
    PrimaryContext primary = run.primary();
    int attribute = run.callIndex() - 1;
    if (run.callIndex() == 1 && primary instanceof NameAtomContext) {
      return NAMED + primary.getStart().getText();
    }
    if (attribute >= 1 && run.trailers().get(attribute - 1) instanceof CallContext) {
      Optional<String> factory = model.calleeName(inlineFactory(run));
      if (factory.filter(EventLoops.THREAD_LOOP::contains).isPresent()) {
        return INLINE + "thread";
      }
      if (factory.filter(EventLoops.THREAD_OR_NEW::contains).isPresent()) {
        return INLINE + "new " + RuleContext.start(primary);
      }
    }
    return "other " + RuleContext.start(primary) + " " + receiverText(run);
  }

  /**
   * The call a run is a method of: {@code asyncio.new_event_loop()} in {@code
   * asyncio.new_event_loop().run_until_complete(...)}.
   */
  private static CallSite inlineFactory(CallSite run) {
    return new CallSite(run.primary(), run.callIndex() - 2);
  }

  private static String receiverText(CallSite run) {
    StringBuilder text = new StringBuilder(run.primary().getStart().getText());
    for (int i = 0; i < run.callIndex() - 1; i++) {
      text.append(run.trailers().get(i).getText());
    }
    return text.toString();
  }

  private Finding finding(CallSite run) {
    return Finding.of(
        code(),
        "Manage the event loop with `asyncio.run()` instead of `run_until_complete()`",
        RuleContext.start(run.primary()),
        RuleContext.end(run.call()));
  }

  /** One finding for the loop a name holds, at its first run; the fix in the plain case only. */
  private void reportNamed(RuleContext context, LoopStory story, List<CallSite> runs) {
    if (closedWithCare(context, story)
        || (runsAgain(context, runs, story.assignment()) && !hasRunner(context))) {
      return;
    }
    CallSite run = runs.get(0);
    Finding finding = finding(run);
    Optional<String> why = whyNotNamed(context, story, runs);
    if (why.isPresent()) {
      context.report(finding.withheld(why.get()));
      return;
    }
    List<StatementContext> deleted = new ArrayList<>();
    deleted.add(statementOf(story.assignment()).orElseThrow());
    for (Mention mention : story.mentions()) {
      if (mention.use() != Use.RUN) {
        deleted.add(statementOf(mention.primary()).orElseThrow());
      }
    }
    List<Edit> edits = new ArrayList<>();
    for (StatementContext statement : deleted) {
      Optional<Edit> deletion =
          Lines.deleteLines(context.source(), context.model().module().tokens(), statement);
      if (deletion.isEmpty()) {
        context.report(
            finding.withheld(
                "the comment on line "
                    + line(context, statement)
                    + " would go with the statement the fix deletes"));
        return;
      }
      edits.add(deletion.get());
    }
    context.report(finding, fix(context, run, edits));
  }

  /**
   * Whether the loop is a new one that a {@code finally} closes: the code owns its loop and cleans
   * up after it whatever happens, as a worker thread's loop or a test of two loops must. Nothing
   * there is deprecated; {@code asyncio.run()} would only say it shorter, if the code can be
   * arranged as one coroutine at all.
   */
  private static boolean closedWithCare(RuleContext context, LoopStory story) {
    boolean isNew =
        context
            .model()
            .calleeName(story.factory())
            .filter(name -> !EventLoops.THREAD_LOOP.contains(name))
            .isPresent();
    return isNew
        && story.uses(Use.CLOSE).stream()
            .anyMatch(
                close ->
                    Statements.ancestor(close.primary(), FinallyClauseContext.class).isPresent());
  }

  /** Whether the loop runs more than once: twice, or once in a {@code for} or {@code while}. */
  private static boolean runsAgain(
      RuleContext context, List<CallSite> runs, ParserRuleContext assignment) {
    return runs.size() > 1 || repeats(context.model(), runs.get(0), assignment);
  }

  /**
   * Whether the target has {@code asyncio.Runner} (3.11), the one way to keep a loop for several
   * runs: before it, advice to use {@code asyncio.run()} for a loop that runs again is advice the
   * user cannot follow.
   */
  private static boolean hasRunner(RuleContext context) {
    return context.target().atLeast(new PythonVersion(11));
  }

  /** One finding per loop made in place, or for the thread's loop fetched in place. */
  private void reportInline(RuleContext context, List<CallSite> runs) {
    CallSite run = runs.get(0);
    boolean again =
        runs.size() > 1 || (isThreadLoop(context, run) && repeats(context.model(), run, null));
    if (again && !hasRunner(context)) {
      return;
    }
    Finding finding = finding(run);
    Optional<String> why =
        again
            ? Optional.of(runsMoreThanOnce(context, runs))
            : whyNotRun(context, run)
                .or(() -> throughModule(context, inlineFactory(run)))
                .or(() -> ThreadLoops.whyNot(context, Set.of(run.primary())));
    if (why.isPresent()) {
      context.report(finding.withheld(why.get()));
    } else {
      context.report(finding, fix(context, run, new ArrayList<>()));
    }
  }

  /** The fix: {@code asyncio.run(<coroutine>)} in place of the run, with the other edits. */
  private static Fix fix(RuleContext context, CallSite run, List<Edit> edits) {
    ModuleReference asyncio = context.imports().module("asyncio", run.primary());
    edits.add(
        new Edit(
            RuleContext.start(run.primary()),
            RuleContext.end(run.call()),
            asyncio.name() + ".run(" + coroutineArgument(context, run).orElseThrow() + ")"));
    asyncio.importEdit().ifPresent(edits::add);
    return new Fix(
        "Replace with `" + asyncio.name() + ".run(...)`",
        Applicability.UNSAFE,
        new PythonVersion(7),
        edits);
  }

  /**
   * Why the named loop's story is not the plain one {@code asyncio.run()} replaces, or empty: made,
   * perhaps set, run once and perhaps closed, by consecutive statements of one block.
   */
  private static Optional<String> whyNotNamed(
      RuleContext context, LoopStory story, List<CallSite> runs) {
    if (runsAgain(context, runs, story.assignment())) {
      return Optional.of(runsMoreThanOnce(context, runs));
    }
    List<Mention> passed = story.uses(Use.PASSED);
    if (!passed.isEmpty()) {
      CallSite call = passed.get(0).call();
      return Optional.of(
          "the loop is passed to `"
              + context.text(RuleContext.start(call.primary()), RuleContext.start(call.call()))
              + "()` on line "
              + line(context, call.primary())
              + ": in a coroutine, `asyncio.get_running_loop()` gives the running loop");
    }
    List<Mention> driven = story.uses(Use.DRIVE);
    if (!driven.isEmpty()) {
      CallSite call = driven.get(0).call();
      return Optional.of(
          "the code drives the loop itself too (`"
              + context.text(RuleContext.start(call.primary()), RuleContext.start(call.call()))
              + "()` on line "
              + line(context, call.primary())
              + ")");
    }
    Set<PrimaryContext> ours = new HashSet<>();
    ours.add(story.factory().primary());
    story.uses(Use.SET).forEach(set -> ours.add(set.call().primary()));
    return whyNotRun(context, runs.get(0))
        .or(() -> ThreadLoops.whyNot(context, ours))
        .or(() -> whyNotConsecutive(context, story))
        .or(() -> throughModule(context, story.factory()))
        .or(
            () ->
                story.uses(Use.SET).stream()
                    .map(set -> throughModule(context, set.call()))
                    .flatMap(Optional::stream)
                    .findFirst());
  }

  private static boolean isThreadLoop(RuleContext context, CallSite run) {
    return context
        .model()
        .calleeName(inlineFactory(run))
        .filter(EventLoops.THREAD_LOOP::contains)
        .isPresent();
  }

  /**
   * Whether a run is repeated on the same loop: it lies in a {@code for} or {@code while} of its
   * scope that the loop's assignment (if any) is not in.
   */
  private static boolean repeats(ModuleModel model, CallSite run, ParserRuleContext assignment) {
    ParseTree scope = model.scopeAt(run.primary()).node();
    for (ParseTree node = run.primary().getParent();
        node != null && node != scope;
        node = node.getParent()) {
      if ((node instanceof ForStatementContext || node instanceof WhileStatementContext)
          && (assignment == null || !encloses(node, assignment))) {
        return true;
      }
    }
    return false;
  }

  private static boolean encloses(ParseTree outer, ParseTree node) {
    for (ParseTree current = node; current != null; current = current.getParent()) {
      if (current == outer) {
        return true;
      }
    }
    return false;
  }

  private static String runsMoreThanOnce(RuleContext context, List<CallSite> runs) {
    StringBuilder lines = new StringBuilder();
    for (CallSite run : runs) {
      lines.append(lines.length() == 0 ? "" : ", ").append(line(context, run.primary()));
    }
    return "the loop runs more than once ("
        + (runs.size() > 1 ? "lines " + lines : "line " + lines + ", in a loop")
        + "): each `asyncio.run()` makes a new loop, so what the runs share (futures, tasks,"
        + " connections bound to the loop) would break; `asyncio.Runner` (Python 3.11) keeps one"
        + " loop for several runs";
  }

  /** Why the run itself cannot become {@code asyncio.run(...)}, or empty. */
  private static Optional<String> whyNotRun(RuleContext context, CallSite run) {
    if (!run.endsPrimary()) {
      return Optional.of("the result of `run_until_complete()` is used in place");
    }
    if (coroutineArgument(context, run).isEmpty()) {
      return Optional.of(
          "its argument is not a call that gives a coroutine: `asyncio.run()` takes only a"
              + " coroutine, not a future, a task or a name");
    }
    Optional<CallContext> inner = innerCall(context, run).map(CallSite::call);
    if (inner.isPresent() && inner.get().arguments() != null && hasCall(inner.get().arguments())) {
      return Optional.of(
          "the coroutine's arguments call code that would run before `asyncio.run()` makes its"
              + " loop, where they ran with the loop already there");
    }
    return Optional.empty();
  }

  private static boolean hasCall(ParseTree node) {
    if (node instanceof CallContext) {
      return true;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (hasCall(node.getChild(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why the statements that make, set, run and close the loop are not consecutive plain statements
   * of one block (made, perhaps set, run, perhaps closed, in that order), or empty.
   */
  private static Optional<String> whyNotConsecutive(RuleContext context, LoopStory story) {
    List<Mention> sets = story.uses(Use.SET);
    List<Mention> closes = story.uses(Use.CLOSE);
    Mention run = story.uses(Use.RUN).get(0);
    if (closes.stream()
        .anyMatch(
            close ->
                Statements.ancestor(close.primary(), FinallyClauseContext.class).isPresent())) {
      return Optional.of(
          "it is closed in a `finally`: the fix rewrites only consecutive statements");
    }
    String notPlain =
        "the statements that make, set, run and close the loop are not consecutive statements of"
            + " one block";
    if (sets.size() > 1 || closes.size() > 1) {
      return Optional.of(notPlain);
    }
    List<StatementContext> sequence = new ArrayList<>();
    sequence.add(statementOf(story.assignment()).orElse(null));
    sets.forEach(set -> sequence.add(wholeStatement(set.call().primary())));
    sequence.add(statementOf(run.primary()).orElse(null));
    closes.forEach(close -> sequence.add(wholeStatement(close.primary())));
    if (sequence.contains(null)) {
      return Optional.of(notPlain);
    }
    ParseTree block = sequence.get(0).getParent();
    List<StatementContext> siblings =
        ((ParserRuleContext) block).getRuleContexts(StatementContext.class);
    int first = siblings.indexOf(sequence.get(0));
    for (int i = 1; i < sequence.size(); i++) {
      if (sequence.get(i).getParent() != block || siblings.indexOf(sequence.get(i)) != first + i) {
        return Optional.of(notPlain);
      }
    }
    return Optional.empty();
  }

  /** The statement that is nothing but this call, alone on its line, or null. */
  private static StatementContext wholeStatement(PrimaryContext call) {
    return Statements.isWholeStatement(call) ? statementOf(call).orElse(null) : null;
  }

  /** The statement a node is part of, if that statement stands alone on its line. */
  private static Optional<StatementContext> statementOf(ParseTree node) {
    return Statements.aloneStatement(node)
        .map(simple -> simple.getParent().getParent())
        .filter(StatementContext.class::isInstance)
        .map(StatementContext.class::cast);
  }

  /**
   * Why deleting the call would leave an import unused, or empty: it must be made through the
   * module ({@code asyncio.new_event_loop()}), not a name imported from it.
   */
  private static Optional<String> throughModule(RuleContext context, CallSite call) {
    return context.model().qualifiedName(call.primary(), 0).equals(Optional.of("asyncio"))
        ? Optional.empty()
        : Optional.of(
            "`"
                + call.primary().getStart().getText()
                + "` is imported by name: the fix would leave its import unused");
  }

  private static int line(RuleContext context, ParserRuleContext node) {
    return context.source().positionOfCodePoint(RuleContext.start(node)).line();
  }

  /** The call passed to the run, if it gives a coroutine. */
  private static Optional<CallSite> innerCall(RuleContext context, CallSite call) {
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
    return inner;
  }

  /** The text of the coroutine passed, if it is a call that gives a coroutine. */
  private static Optional<String> coroutineArgument(RuleContext context, CallSite call) {
    return innerCall(context, call).map(inner -> context.text(call.arguments().get(0)));
  }
}
