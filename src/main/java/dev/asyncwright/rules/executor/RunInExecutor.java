package dev.asyncwright.rules.executor;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.ArgumentsContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.StarArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.Arguments;
import dev.asyncwright.rules.BenchmarkCode;
import dev.asyncwright.rules.EventLoops;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports.ModuleReference;
import dev.asyncwright.rules.LastUse;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.RewrittenImports;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * AW201: {@code loop.run_in_executor(None, f, *args)} in a coroutine is {@code asyncio.to_thread(f,
 * *args)}, which also passes context variables and accepts keyword arguments.
 */
public final class RunInExecutor implements Rule {

  @Override
  public String code() {
    return "AW201";
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("run_in_executor");
  }

  @Override
  public String fixSummary() {
    return "`asyncio.to_thread(f, *a, **kw)`";
  }

  @Override
  public String finds() {
    return "`loop.run_in_executor(None, f, ...)` in a coroutine";
  }

  /** {@code asyncio.to_thread} came in 3.9. */
  @Override
  public Optional<PythonVersion> adviceNeeds() {
    return Optional.of(new PythonVersion(9));
  }

  @Override
  public String name() {
    return "run-in-executor";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "`loop.run_in_executor(None, f, *args)` in a coroutine, where `loop` is the running"
            + " event loop (`asyncio.get_running_loop()` or `get_event_loop()`, called inline or"
            + " assigned once to a name in the same function). `functools.partial(f, *args, **kw)`"
            + " as the function is unwrapped. A custom executor (a thread or process pool, or any"
            + " name: only a literal `None` is the default executor) is not reported: `to_thread`"
            + " always uses the default executor. Nor is a future that is not awaited where it"
            + " is made (which the fix would wrap in a task) when nothing awaits it at all (it is"
            + " only given a callback, cancelled or kept in a set: the future submits the work at"
            + " once, a task a turn later and maybe never if the loop is closing) or when it is in"
            + " a benchmark (a file or function named for one, or one taking pytest-benchmark's"
            + " `benchmark`), where the task adds to what is measured.",
        "`asyncio.to_thread()` says what it does, takes keyword arguments without"
            + " `functools.partial`, and runs the function in the caller's context, so"
            + " context variables (request ids, tracing spans) reach it.",
        "import asyncio\n"
            + "import functools\n"
            + "\n"
            + "\n"
            + "async def read(path):\n"
            + "    loop = asyncio.get_running_loop()\n"
            + "    return await loop.run_in_executor(None, functools.partial(load, path, mode=\"rb\"))",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def read(path):\n"
            + "    return await asyncio.to_thread(load, path, mode=\"rb\")",
        "Unsafe: context variables now reach the function, and the call starts when the"
            + " coroutine is awaited rather than when `run_in_executor` is called. A future that"
            + " is not awaited at once is wrapped in `asyncio.create_task(...)`, which starts it"
            + " at the loop's next turn, and is a task rather than a future; passed straight to"
            + " `gather()`, `shield()` or an awaited `wait_for()`, which schedule a coroutine as"
            + " they did the future, it needs no wrapping. What only served the"
            + " rewritten calls goes with the last of them: the `loop = asyncio.get_running_loop()`"
            + " whose every use the fixes rewrite, and the `functools`/`partial` import whose every"
            + " use is an unwrapped partial. Each of several such fixes also touches that"
            + " assignment or import, so that they are applied one at a time and the last one"
            + " removes it, whichever were accepted first. No fix, only the finding, when"
            + " `run_in_executor` gets keyword or `**` arguments, when the result is used in place"
            + " (a method called on the future where it is made), and when the loop's"
            + " assignment would be left unused but cannot go (a comment on its line, alone in its"
            + " block, or its factory imported by name); a partial whose import would be left"
            + " unused and cannot go stays as it is.",
        "3.9");
  }

  /**
   * A finding and its fix's edits, before the names it may kill are seen to: the receiver's loop
   * name and the {@code functools.partial} it unwraps, if any.
   */
  private record Rewrite(
      CallSite call,
      Finding finding,
      List<Edit> edits,
      String message,
      Optional<CallSite> partial,
      Optional<Edit> unwrap) {}

  /** A name the fixes may kill: its binding, and the uses of it the fixes rewrite away. */
  private record Dying(LastUse lastUse, List<Rewrite> rewrites) {}

  private static final PythonVersion NEEDS = new PythonVersion(9);

  /**
   * Whether the call stands in asyncio's own {@code to_thread}, which is written with {@code
   * run_in_executor}: the advice would have it call itself.
   */
  private static boolean isToThreadItself(RuleContext context, CallSite call) {
    return "asyncio.threads".equals(context.moduleName())
        && context
            .model()
            .enclosingFunction(call.primary())
            .filter(function -> function.name().getText().equals("to_thread"))
            .isPresent();
  }

  @Override
  public void check(RuleContext context) {
    List<Rewrite> rewrites = new ArrayList<>();
    for (CallSite call : context.model().callsNamed("run_in_executor")) {
      if (!call.calledName().equals(Optional.of("run_in_executor"))
          || !context.model().inCoroutine(call.primary())
          || !EventLoops.receiverIsLoop(context.model(), call)
          || isToThreadItself(context, call)) {
        continue;
      }
      List<ArgumentContext> arguments = call.arguments();
      if (arguments.size() < 2
          || !(arguments.get(0) instanceof ValueArgumentContext executor)
          || executor.EQUAL() != null
          || !executor.getText().equals("None")) {
        continue; // a custom executor: to_thread would change where the work runs
      }
      boolean atOnce = context.isAwaited(call.primary()) || takenAsCoroutine(context, call);
      if (!atOnce
          && (CallbackOnlyFutures.isOnlyCalledBack(context.model(), call)
              || BenchmarkCode.contains(context, call.primary()))) {
        continue; // the future is the right tool, or the task around to_thread skews a benchmark
      }
      Finding finding =
          Finding.of(
              code(),
              "Use `asyncio.to_thread()` instead of `run_in_executor()` with the default executor",
              RuleContext.start(call.primary()),
              RuleContext.end(call.call()));
      if (!call.endsPrimary() || !positionalOnly(arguments)) {
        context.report(finding);
        continue;
      }
      rewrites.add(rewrite(context, call, finding));
    }
    Map<Rewrite, List<Edit>> loopEdits = loopNames(context, rewrites);
    Map<Rewrite, Optional<List<Edit>>> partialEdits = partialImports(context, rewrites);
    for (Rewrite rewrite : rewrites) {
      List<Edit> extra = loopEdits.get(rewrite);
      if (extra == null || !apart(rewrite.edits(), extra)) {
        context.report(rewrite.finding().withheld(keptLoop(context, rewrite)));
        continue;
      }
      List<Edit> edits = new ArrayList<>(rewrite.edits());
      edits.addAll(extra);
      Optional<List<Edit>> unwrap = partialEdits.getOrDefault(rewrite, Optional.empty());
      if (unwrap.isPresent() && apart(edits, unwrap.get())) {
        edits.addAll(unwrap.get());
      }
      context.report(
          rewrite.finding(), new Fix(rewrite.message(), Applicability.UNSAFE, NEEDS, edits));
    }
  }

  /** {@code None, f, a, *more}: the arguments to_thread takes the same way. */
  private static boolean positionalOnly(List<ArgumentContext> arguments) {
    for (int i = 0; i < arguments.size(); i++) {
      ArgumentContext argument = arguments.get(i);
      boolean plain = argument instanceof ValueArgumentContext v && v.EQUAL() == null;
      if (!plain && !(i >= 2 && argument instanceof StarArgumentContext)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The call edited in place, so that everything else inside it (comments, line breaks, trailing
   * commas) stays as written: the callee becomes to_thread, `None,` goes.
   */
  private static Rewrite rewrite(RuleContext context, CallSite call, Finding finding) {
    List<ArgumentContext> arguments = call.arguments();
    ModuleReference asyncio = context.imports().module("asyncio", call.primary());
    boolean awaited = context.isAwaited(call.primary()) || takenAsCoroutine(context, call);
    String toThread = asyncio.name() + ".to_thread";
    List<Edit> edits = new ArrayList<>();
    edits.add(
        new Edit(
            RuleContext.start(call.primary()),
            RuleContext.start(call.call()),
            awaited ? toThread : asyncio.name() + ".create_task(" + toThread));
    edits.add(
        Edit.delete(RuleContext.start(arguments.get(0)), RuleContext.start(arguments.get(1))));
    if (!awaited) {
      edits.add(Edit.insert(RuleContext.end(call.call()), ")"));
    }
    asyncio.importEdit().ifPresent(edits::add);
    Optional<CallSite> partial = partial(context, arguments);
    return new Rewrite(
        call,
        finding,
        edits,
        "Replace with `" + toThread + "(...)`",
        partial,
        partial.map(p -> unwrapped(context, p)));
  }

  /**
   * asyncio calls that take a coroutine as well as a future and schedule it at once: {@code
   * gather()} and {@code shield()} when called, {@code wait_for()} when awaited.
   */
  private static final Set<String> SCHEDULERS =
      Set.of(
          "asyncio.gather",
          "asyncio.tasks.gather",
          "asyncio.shield",
          "asyncio.tasks.shield",
          "asyncio.wait_for",
          "asyncio.tasks.wait_for");

  /**
   * Whether the call is a positional argument of {@code gather()}, {@code shield()} or an awaited
   * {@code wait_for()}: those take the coroutine {@code to_thread} gives as they took the future,
   * so no {@code create_task} is needed around it.
   */
  private static boolean takenAsCoroutine(RuleContext context, CallSite call) {
    if (!(call.primary().getParent() instanceof OperationContext operation)
        || operation.getChildCount() != 1
        || !(operation.getParent() instanceof ExpressionContext expression)
        || !(expression.getParent() instanceof ValueArgumentContext argument)
        || argument.EQUAL() != null
        || argument.comprehension() != null
        || !(argument.getParent() instanceof ArgumentsContext arguments)
        || !(arguments.getParent() instanceof CallContext trailer)
        || !(trailer.getParent() instanceof PrimaryContext outer)) {
      return false;
    }
    List<TrailerContext> trailers = outer.getRuleContexts(TrailerContext.class);
    if (trailers.get(trailers.size() - 1) != trailer) {
      return false;
    }
    Optional<String> callee = context.model().calleeName(new CallSite(outer, trailers.size() - 1));
    if (callee.filter(SCHEDULERS::contains).isEmpty()) {
      return false;
    }
    return !callee.get().endsWith("wait_for")
        || (context.isAwaited(outer) && arguments.argument(0) == argument);
  }

  /** Whether no edit of one list touches an edit of the other. */
  private static boolean apart(List<Edit> edits, List<Edit> others) {
    return edits.stream().noneMatch(edit -> others.stream().anyMatch(edit::touches));
  }

  /**
   * For each rewrite, the edits its fix takes for the loop's name (none when the loop stays in
   * use), or null when the name would die with it but its assignment cannot go.
   */
  private static Map<Rewrite, List<Edit>> loopNames(RuleContext context, List<Rewrite> rewrites) {
    ModuleModel model = context.model();
    Map<ExpressionStatementContext, List<Rewrite>> byLoop = new LinkedHashMap<>();
    Map<Rewrite, List<Edit>> extra = new HashMap<>();
    for (Rewrite rewrite : rewrites) {
      extra.put(rewrite, List.of());
      CallSite call = rewrite.call();
      if (call.callIndex() == 1) {
        EventLoops.assignedFromFactory(model, call.primary().getStart().getText(), call.primary())
            .ifPresent(a -> byLoop.computeIfAbsent(a, key -> new ArrayList<>()).add(rewrite));
      }
    }
    byLoop.forEach(
        (assignment, uses) ->
            dyingLoop(context, assignment, uses)
                .ifPresent(
                    dying ->
                        uses.forEach(
                            use ->
                                extra.put(use, dying.lastUse().extra(uses.size()).orElse(null)))));
    return extra;
  }

  /** The loop's name, if the fixes rewrite all its uses. */
  private static Optional<Dying> dyingLoop(
      RuleContext context, ExpressionStatementContext assignment, List<Rewrite> uses) {
    ModuleModel model = context.model();
    Optional<PrimaryContext> target =
        Statements.single(assignment.starExpressions()).flatMap(Statements::soleOperand);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    String name = target.get().getStart().getText();
    Set<Integer> allowed = keywordNames(model, name);
    allowed.add(target.get().getStart().getTokenIndex());
    uses.forEach(use -> allowed.add(use.call().primary().getStart().getTokenIndex()));
    if (!LastUse.onlyMentions(model, name, model.scopeAt(assignment).node(), allowed)) {
      return Optional.empty();
    }
    Optional<List<Edit>> removal =
        whyKept(context, assignment).isPresent()
            ? Optional.empty()
            : Optional.of(List.of(deleteStatement(context, assignment)));
    return Optional.of(new Dying(new LastUse(LastUse.touch(target.get()), removal), uses));
  }

  /** The token indexes of the keyword arguments of that name: they name no variable. */
  private static Set<Integer> keywordNames(ModuleModel model, String name) {
    Set<Integer> keywords = new HashSet<>();
    for (PrimaryContext primary : model.namePrimaries()) {
      if (primary.getStart().getText().equals(name) && Arguments.isKeywordName(primary)) {
        keywords.add(primary.getStart().getTokenIndex());
      }
    }
    return keywords;
  }

  private static Edit deleteStatement(RuleContext context, ParserRuleContext simple) {
    StatementContext statement =
        (StatementContext) Statements.aloneStatement(simple).orElseThrow().getParent().getParent();
    return Lines.deleteLines(context.source(), context.model().module().tokens(), statement)
        .orElseThrow();
  }

  /** Why the fix of the loop's last use is withheld: its assignment would stay, unused. */
  private static String keptLoop(RuleContext context, Rewrite rewrite) {
    CallSite call = rewrite.call();
    return EventLoops.assignedFromFactory(
            context.model(), call.primary().getStart().getText(), call.primary())
        .flatMap(assignment -> whyKept(context, assignment))
        .orElse("the fix would leave the loop's assignment unused");
  }

  /**
   * Why the assignment of a loop whose last use the fix rewrites cannot go with it, or empty: it
   * must be a statement alone on its lines, without a comment, beside others in its block, and call
   * the factory through the module (a name imported from asyncio would be left unused).
   */
  private static Optional<String> whyKept(
      RuleContext context, ExpressionStatementContext assignment) {
    String unused =
        "`"
            + Statements.targetName(assignment).orElse("loop")
            + " = ...` would be left unused, and it cannot go with the fix: ";
    Optional<SimpleStatementContext> simple = Statements.aloneStatement(assignment);
    if (simple.isEmpty()
        || !(simple.get().getParent().getParent() instanceof StatementContext statement)
        || Lines.deleteLines(context.source(), context.model().module().tokens(), statement)
            .isEmpty()) {
      return Optional.of(unused + "it shares its lines with a comment or another statement");
    }
    if (statement.getParent().getRuleContexts(StatementContext.class).size() < 2) {
      return Optional.of(unused + "it is alone in its block");
    }
    boolean throughModule =
        assignment.assignmentTail() instanceof AssignmentContext value
            && Statements.single(value.assignedValue(0).starExpressions())
                .flatMap(Statements::soleOperand)
                .flatMap(factory -> context.model().qualifiedName(factory, 0))
                .filter(module -> module.equals("asyncio"))
                .isPresent();
    if (!throughModule) {
      return Optional.of(unused + "its factory is imported by name, and its import would be too");
    }
    return Optional.empty();
  }

  /**
   * For each rewrite that unwraps a {@code functools.partial}, the edits of the unwrap (with what
   * its import then takes), or empty where the unwrap would leave the import unused and the import
   * cannot go: the partial then stays.
   */
  private static Map<Rewrite, Optional<List<Edit>>> partialImports(
      RuleContext context, List<Rewrite> rewrites) {
    ModuleModel model = context.model();
    Map<String, List<Rewrite>> byName = new LinkedHashMap<>();
    for (Rewrite rewrite : rewrites) {
      rewrite
          .partial()
          .ifPresent(
              partial ->
                  byName
                      .computeIfAbsent(
                          partial.primary().getStart().getText(), key -> new ArrayList<>())
                      .add(rewrite));
    }
    Map<Rewrite, Optional<List<Edit>>> edits = new HashMap<>();
    byName.forEach(
        (name, uses) -> {
          RewrittenImports.Fate fate =
              RewrittenImports.of(
                  context,
                  name,
                  uses.stream().map(u -> u.partial().orElseThrow().primary()).toList());
          for (Rewrite use : uses) {
            Optional<List<Edit>> extra =
                switch (fate.kind()) {
                  case STILL_USED -> Optional.of(List.of());
                  case DIES -> fate.lastUse().extra(uses.size());
                  case UNKNOWN -> Optional.empty();
                };
            edits.put(
                use,
                extra.map(
                    more -> {
                      List<Edit> all = new ArrayList<>(more);
                      all.add(use.unwrap().orElseThrow());
                      return all;
                    }));
          }
        });
    return edits;
  }

  /** When the function is {@code functools.partial(f, ...)} and nothing follows it, that call. */
  private static Optional<CallSite> partial(RuleContext context, List<ArgumentContext> arguments) {
    if (arguments.size() != 2
        || !(arguments.get(1) instanceof ValueArgumentContext function)
        || function.comprehension() != null) {
      return Optional.empty();
    }
    Optional<PrimaryContext> primary = Statements.soleOperand(function.expression(0));
    return context.model().calls().stream()
        .filter(c -> primary.isPresent() && c.primary() == primary.get() && c.endsPrimary())
        .filter(c -> context.model().calleeName(c).equals(Optional.of("functools.partial")))
        .filter(c -> !c.arguments().isEmpty())
        .findFirst();
  }

  /** The edit that puts the inside of the partial in its place. */
  private static Edit unwrapped(RuleContext context, CallSite partial) {
    List<ArgumentContext> inner = partial.arguments();
    String text =
        context.text(RuleContext.start(inner.get(0)), RuleContext.end(inner.get(inner.size() - 1)));
    return new Edit(RuleContext.start(partial.primary()), RuleContext.end(partial.call()), text);
  }
}
