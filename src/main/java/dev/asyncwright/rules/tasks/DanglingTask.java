package dev.asyncwright.rules.tasks;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.rules.EventLoops;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.Names;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.rules.TestCode;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import dev.asyncwright.tree.Name;
import dev.asyncwright.tree.ValueUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * AW303: a task created and forgotten. The event loop keeps only a weak reference to a task, so a
 * task nobody holds may be garbage-collected before it finishes.
 */
public final class DanglingTask implements Rule {

  private static final Set<String> CREATORS =
      Set.of(
          "asyncio.create_task",
          "asyncio.tasks.create_task",
          "asyncio.ensure_future",
          "asyncio.tasks.ensure_future");

  private static final String SET_NAME = "_background_tasks";
  private static final String TASK_NAME = "task";
  private static final int MAX_SUFFIX = 8;

  /**
   * A trailing {@code # type: ignore[...]} whose codes are all about a result left unused: once the
   * task is assigned, the checker has nothing to ignore, and mypy's {@code warn_unused_ignores}
   * would fail on it.
   */
  private static final Pattern UNUSED_RESULT_IGNORE =
      Pattern.compile(
          "#\\s*type:\\s*ignore\\[\\s*(unused-awaitable|unused-coroutine)"
              + "(\\s*,\\s*(unused-awaitable|unused-coroutine))*\\s*]\\s*");

  @Override
  public String code() {
    return "AW303";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("asyncio");
  }

  @Override
  public String fixSummary() {
    return "keep a reference in a module-level set until the task is done";
  }

  @Override
  public String finds() {
    return "a task thrown away, or kept in a local nothing reads";
  }

  @Override
  public String name() {
    return "dangling-task";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A call of `asyncio.create_task(...)`, `asyncio.ensure_future(...)` or"
            + " `loop.create_task(...)` on a known event loop (however imported) that is a"
            + " statement of its own: the task it returns is thrown away; also one whose task is"
            + " assigned to a local of a function that never reads it (`task = ...`, and `task`"
            + " mentioned nowhere else in the function: not declared `global` or `nonlocal`,"
            + " read by no nested function, not deleted), which holds the task only until the"
            + " function returns or binds the name again, as each turn of a loop does (as"
            + " pyflakes' unused local, F841, and Ruff's RUF006 see it). `tg.create_task(...)`"
            + " of a `TaskGroup` is not reported (the group holds its tasks), nor is an awaited"
            + " call, nor test code (a test's task lives while the test awaits what it works on,"
            + " and a test keeps a local and awaits it rather than a module-level set).",
        "The event loop keeps only weak references to tasks. A task that nothing else"
            + " references can be garbage-collected while it is still pending, and then it"
            + " silently stops in the middle of its work (the asyncio documentation warns about"
            + " exactly this). Its exception, if any, is also never retrieved.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def handle(event):\n"
            + "    asyncio.create_task(notify(event))",
        "import asyncio\n"
            + "\n"
            + "_background_tasks: set[asyncio.Task[object]] = set()\n"
            + "\n"
            + "\n"
            + "async def handle(event):\n"
            + "    task = asyncio.create_task(notify(event))\n"
            + "    _background_tasks.add(task)\n"
            + "    task.add_done_callback(_background_tasks.discard)",
        "Unsafe: the task is now kept alive until it finishes, which is the point of the fix"
            + " but changes when it (and what it holds) is released. The fix follows the idiom of"
            + " the asyncio documentation: one module-level set per module (`_background_tasks:"
            + " set[asyncio.Task[object]] = set()` from a 3.9 target, `_background_tasks = set()`"
            + " before, added after the imports and a blank line, or reused when the module has"
            + " one), the call assigned to `task` and two lines after it, in the"
            + " statement's own indentation, that add the task to the set and discard it when"
            + " done. The assignment keeps comments and the call's layout as written, but for a"
            + " trailing `# type: ignore[unused-awaitable]` (or `unused-coroutine`), which has"
            + " nothing left to ignore. When a"
            + " name is taken by anything else, `_background_tasks_` or `task_` (and so on) is"
            + " used instead. No fix when the call shares its line with another statement (`a;"
            + " b`, `if x: create_task(...)`), stands in a class body, or `set` is bound to"
            + " something else.",
        "3.7 (`asyncio.create_task()`; the set and `add_done_callback` work on any version)");
  }

  @Override
  public void check(RuleContext context) {
    if (TestCode.isTestModule(context)) {
      return; // a test's task lives as long as the test awaits what keeps it alive
    }
    ModuleModel model = context.model();
    for (CallSite call : model.calls()) {
      if (!call.endsPrimary() || !createsTask(model, call)) {
        continue;
      }
      if (call.view().use() instanceof ValueUse.Assigned assigned) {
        assigned.name().ifPresent(name -> unreadLocal(context, call, assigned, name));
        continue;
      }
      if (!(call.view().use() instanceof ValueUse.Discarded)) {
        continue;
      }
      report(
          context,
          finding(call, "is thrown away: it may be garbage-collected before it finishes"),
          fix(context, call, Optional.empty()));
    }
  }

  /** "The task `create_task()` returns " and what becomes of it, at the call. */
  private Finding finding(CallSite call, String fate) {
    return Finding.of(
        code(),
        "The task `" + call.view().calledName().orElse("create_task") + "()` returns " + fate,
        call.view().start(),
        call.view().end());
  }

  private static void report(RuleContext context, Finding finding, Optional<Fix> fix) {
    if (fix.isPresent()) {
      context.report(finding, fix.get());
    } else {
      context.report(finding);
    }
  }

  /**
   * {@code t = asyncio.create_task(...)} in a function that never reads {@code t}: the local holds
   * the task only until the function returns or binds {@code t} again (each turn of a loop), and
   * then nothing does. A name declared {@code global} or {@code nonlocal}, read in a nested
   * function, deleted or mentioned anywhere else in the function is a reference kept: not reported.
   */
  private void unreadLocal(
      RuleContext context, CallSite call, ValueUse.Assigned assigned, Name name) {
    ModuleModel model = context.model();
    Scope scope = model.scopeAt(call.primary());
    if (scope.kind() != Scope.Kind.FUNCTION
        || !Names.onlyMentionedBy(
            model, name.identifier(), scope.node(), mention -> mention == name.context())) {
      return;
    }
    report(
        context,
        finding(
            call,
            "is kept only in `"
                + name.identifier()
                + "`, which nothing reads: once the function returns or binds it again, the task"
                + " may be garbage-collected before it finishes"),
        assigned.statement().getParent() instanceof SimpleStatementContext statement
            ? fix(context, call, Optional.of(new Kept(name.identifier(), statement)))
            : Optional.empty());
  }

  /** A task the code already assigns to a local, by the statement that does. */
  private record Kept(String name, SimpleStatementContext statement) {}

  private static boolean createsTask(ModuleModel model, CallSite call) {
    if (model.calleeName(call).filter(CREATORS::contains).isPresent()) {
      return true;
    }
    return call.callIndex() > 0
        && call.calledName().equals(Optional.of("create_task"))
        && EventLoops.receiverIsLoop(model, call);
  }

  /**
   * Keeps the task in a module-level set until it is done: the call's result assigned to a new name
   * ({@code kept} empty), or to the local the code already assigns it to, then added to the set
   * with a callback that takes it out.
   */
  private static Optional<Fix> fix(RuleContext context, CallSite call, Optional<Kept> kept) {
    ModuleModel model = context.model();
    PrimaryContext primary = call.primary();
    Scope scope = model.scopeAt(primary);
    if (scope.kind() != Scope.Kind.FUNCTION && scope.kind() != Scope.Kind.MODULE) {
      return Optional.empty();
    }
    Optional<SimpleStatementContext> statement =
        kept.isPresent() ? kept.map(Kept::statement) : Statements.aloneStatement(primary);
    Optional<String> set = model.resolve("set", primary);
    if (statement.isEmpty() || set.filter(name -> !name.equals("builtins.set")).isPresent()) {
      return Optional.empty(); // no statement of its own, or `set` means something else here
    }
    Optional<String> setName = Optional.empty();
    Optional<Edit> creation = Optional.empty();
    for (String candidate : candidates(SET_NAME)) {
      if (hasModuleLevelSet(model, candidate)
          && model
              .bindingScope(candidate, primary)
              .filter(found -> found == model.moduleScope())
              .isPresent()) {
        setName = Optional.of(candidate);
        break;
      }
      if (Names.onlyMentionedBy(model, candidate, p -> false) && model.isFree(candidate, primary)) {
        setName = Optional.of(candidate);
        creation =
            Optional.of(context.imports().afterImportsApart(declaration(context, candidate)));
        break;
      }
    }
    if (setName.isEmpty()) {
      return Optional.empty();
    }
    String tasks = setName.get();
    Optional<String> taskName = kept.map(Kept::name);
    for (String candidate : kept.isPresent() ? List.<String>of() : candidates(TASK_NAME)) {
      // a local of the function: mentions outside it cannot see it, nor it them
      if (Names.onlyMentionedBy(model, candidate, scope.node(), p -> ownUse(p, candidate))) {
        taskName = Optional.of(candidate);
        break;
      }
    }
    if (taskName.isEmpty()) {
      return Optional.empty();
    }
    String task = taskName.get();
    // the two lines go after the statement, at its indentation (none if it shares its line)
    Optional<Edit> after =
        Lines.indentation(context.source(), statement.get())
            .map(
                indent ->
                    Lines.insertAfter(
                        context.source(),
                        context.model().module().tokens(),
                        statement.get(),
                        indent,
                        List.of(
                            tasks + ".add(" + task + ")",
                            task + ".add_done_callback(" + tasks + ".discard)")));
    if (after.isEmpty()) {
      return Optional.empty();
    }
    List<Edit> edits = new ArrayList<>();
    int start = RuleContext.start(primary);
    if (kept.isPresent()) {
      creation.ifPresent(edits::add); // the statement stays as it is
    } else if (creation.isPresent() && creation.get().start() == start) {
      // a module-level call right after the imports: the set goes first, in one insertion
      edits.add(Edit.insert(start, creation.get().content() + task + " = "));
    } else {
      edits.add(Edit.insert(start, task + " = "));
      creation.ifPresent(edits::add);
    }
    edits.add(after.get());
    unusedResultIgnore(context, statement.get()).ifPresent(edits::add);
    return Optional.of(
        new Fix(
            "Keep a reference to the task in `" + tasks + "` until it is done",
            Applicability.UNSAFE,
            new PythonVersion(7),
            edits));
  }

  /**
   * The module-level set, typed where the target can evaluate the annotation at import time ({@code
   * set[...]} and {@code asyncio.Task[...]} subscript from 3.9) and the module imports asyncio by
   * name.
   */
  private static String declaration(RuleContext context, String name) {
    ModuleModel model = context.model();
    Optional<String> asyncio = model.moduleAlias("asyncio", model.module().tree());
    if (asyncio.isPresent() && context.target().atLeast(new PythonVersion(9))) {
      return name + ": set[" + asyncio.get() + ".Task[object]] = set()";
    }
    return name + " = set()";
  }

  /** The edit that drops a trailing ignore of the unused result, with the spaces before it. */
  private static Optional<Edit> unusedResultIgnore(
      RuleContext context, SimpleStatementContext statement) {
    List<Token> tokens = context.model().module().tokens();
    Token lineBreak = Lines.lineBreak(tokens, statement);
    for (int i = statement.getStop().getTokenIndex() + 1; i < lineBreak.getTokenIndex(); i++) {
      Token token = tokens.get(i);
      Matcher ignore = UNUSED_RESULT_IGNORE.matcher(token.getText());
      if (token.getType() == PythonLexer.COMMENT && ignore.lookingAt()) {
        int start = token.getStartIndex();
        if (ignore.end() < token.getText().length()) {
          // another comment follows on the line (`# noqa`): it stays where the ignore was
          return Optional.of(new Edit(start, start + ignore.end(), ""));
        }
        String text = context.source().text();
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
          start--;
        }
        return Optional.of(new Edit(start, token.getStopIndex() + 1, ""));
      }
    }
    return Optional.empty();
  }

  private static List<String> candidates(String base) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < MAX_SUFFIX; i++) {
      names.add(base + "_".repeat(i));
    }
    return names;
  }

  /**
   * Whether the module has a top-level statement {@code name = set()} (or {@code name: <type> =
   * set()}), as this rule writes it.
   */
  private static boolean hasModuleLevelSet(ModuleModel model, String name) {
    Pattern declared = Pattern.compile(Pattern.quote(name) + "(:[^=]+)?=set\\(\\)");
    for (StatementContext statement : model.module().tree().statement()) {
      SimpleStatementsContext line = statement.simpleStatements();
      if (line != null
          && line.simpleStatement().size() == 1
          && line.simpleStatement(0).expressionStatement() != null
          && declared.matcher(line.simpleStatement(0).expressionStatement().getText()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a mention of the task name is part of what this rule writes, three statements in a row:
   * {@code task = <call>}, {@code SET.add(task)} and {@code task.add_done_callback(SET.discard)}.
   * When every mention of a name is, the value of the name never lives beyond its three statements,
   * and the fix may use the name again.
   */
  private static boolean ownUse(PrimaryContext mention, String name) {
    Optional<SimpleStatementContext> simple = Statements.aloneStatement(mention);
    if (simple.isEmpty()
        || !(simple.get().getParent().getParent() instanceof StatementContext statement)) {
      return false;
    }
    List<StatementContext> siblings =
        ((ParserRuleContext) statement.getParent()).getRuleContexts(StatementContext.class);
    int index = siblings.indexOf(statement);
    for (int first = Math.max(0, index - 2); first <= index; first++) {
      if (isTriple(siblings, first, name)
          && (first != index || mention.getStart() == statement.getStart())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTriple(List<StatementContext> statements, int first, String name) {
    if (first + 2 >= statements.size()) {
      return false;
    }
    String quoted = Pattern.quote(name);
    String assign = expressionText(statements.get(first));
    String add = expressionText(statements.get(first + 1));
    String discard = expressionText(statements.get(first + 2));
    if (assign == null || add == null || discard == null) {
      return false;
    }
    Matcher added = Pattern.compile("([A-Za-z_]\\w*)\\.add\\(" + quoted + "\\)").matcher(add);
    return assign.matches(quoted + "=[A-Za-z_][\\w.]*\\(.*\\)")
        && added.matches()
        && discard.equals(name + ".add_done_callback(" + added.group(1) + ".discard)");
  }

  /** The text (without spaces) of a statement that is one expression statement, or null. */
  private static String expressionText(StatementContext statement) {
    SimpleStatementsContext line = statement.simpleStatements();
    if (line == null
        || line.simpleStatement().size() != 1
        || line.simpleStatement(0).expressionStatement() == null) {
      return null;
    }
    return line.simpleStatement(0).expressionStatement().getText();
  }
}
