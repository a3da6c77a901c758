package dev.asyncwright.rules.resources;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.AssertStatementContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.BinaryOperatorContext;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import dev.asyncwright.python.antlr.PythonParser.BreakStatementContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ContinueStatementContext;
import dev.asyncwright.python.antlr.PythonParser.DelStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ElifClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExceptClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExceptStarClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FinallyClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ForStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FstringFieldContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.GlobalStatementContext;
import dev.asyncwright.python.antlr.PythonParser.GuardContext;
import dev.asyncwright.python.antlr.PythonParser.IfStatementContext;
import dev.asyncwright.python.antlr.PythonParser.LambdaParametersContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.NamedExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.NonlocalStatementContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.ParametersContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.ReturnStatementContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.WhileStatementContext;
import dev.asyncwright.python.antlr.PythonParser.WithItemContext;
import dev.asyncwright.python.antlr.PythonParser.WithStatementContext;
import dev.asyncwright.python.antlr.PythonParser.YieldExpressionContext;
import dev.asyncwright.rules.Arguments;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.FixProposal;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.rules.Targets;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * AW801: an async resource (an HTTP session, a connection pool, an async file...) opened by hand in
 * a coroutine, {@code x = aiohttp.ClientSession()}, and closed by a later statement of the same
 * block or never: an exception or an early {@code return} in between leaks it. {@code async with}
 * closes it on every way out.
 *
 * <p>The fix wraps the statements from the creation to the close in {@code async with <creation> as
 * x:} and deletes the close; for a resource never closed, up to the end of the block. It is offered
 * only where the name stays a local handle of the block: not assigned again, returned, stored,
 * handed to something that may keep it, or used after the close. A resource closed in a {@code
 * finally} or {@code except}, handed to an {@code async with} or an exit stack, or (never closed)
 * returned or stored for someone else to close, is not reported.
 */
public final class UnmanagedAsyncResource implements Rule {

  /** How the {@code async with} form writes the creation, as each library documents it. */
  private enum Form {
    /** {@code async with lib.open(...) as x:} (the {@code await} of the creation goes). */
    CALL,
    /** {@code async with await lib.open(...) as x:} (the {@code await} stays). */
    AWAIT_CALL,
    /** The library documents no {@code async with} for it: no fix. */
    NONE
  }

  /**
   * One kind of resource: how it is shown, whether its creation is awaited, its {@code async with}
   * form, the method that closes it and whether that is awaited, whether an {@code await
   * x.wait_closed()} may follow the close (asyncssh), and whether leaving the {@code async with}
   * block cleanly commits a transaction that the close would have thrown away (psycopg).
   */
  private record Kind(
      String display,
      boolean awaitedCreation,
      Form form,
      String closeMethod,
      boolean awaitedClose,
      boolean waitClosed,
      boolean commitsOnExit) {

    Kind(
        String display,
        boolean awaitedCreation,
        Form form,
        String closeMethod,
        boolean awaitedClose,
        boolean waitClosed) {
      this(display, awaitedCreation, form, closeMethod, awaitedClose, waitClosed, false);
    }
  }

  private static final Kind AIOHTTP =
      new Kind("aiohttp.ClientSession()", false, Form.CALL, "close", true, false);
  private static final Kind HTTPX =
      new Kind("httpx.AsyncClient()", false, Form.CALL, "aclose", true, false);
  private static final Kind ASYNCPG_POOL =
      new Kind("asyncpg.create_pool()", true, Form.CALL, "close", true, false);
  private static final Kind ASYNCPG_CONNECTION =
      new Kind("asyncpg.connect()", true, Form.NONE, "close", true, false);
  private static final Kind AIOFILES =
      new Kind("aiofiles.open()", true, Form.CALL, "close", true, false);
  private static final Kind AIOSQLITE =
      new Kind("aiosqlite.connect()", true, Form.CALL, "close", true, false);
  private static final Kind WEBSOCKETS =
      new Kind("websockets.connect()", true, Form.CALL, "close", true, false);
  private static final Kind ASYNCSSH =
      new Kind("asyncssh.connect()", true, Form.CALL, "close", false, true);
  private static final Kind PSYCOPG =
      new Kind(
          "psycopg.AsyncConnection.connect()", true, Form.AWAIT_CALL, "close", true, false, true);
  private static final Kind ANYIO =
      new Kind("anyio.open_file()", true, Form.AWAIT_CALL, "aclose", true, false);

  /**
   * The kinds by the qualified names (public ones, and the modules that define them) of the call.
   */
  private static final Map<String, Kind> KINDS =
      Map.ofEntries(
          Map.entry("aiohttp.ClientSession", AIOHTTP),
          Map.entry("aiohttp.client.ClientSession", AIOHTTP),
          Map.entry("httpx.AsyncClient", HTTPX),
          Map.entry("asyncpg.create_pool", ASYNCPG_POOL),
          Map.entry("asyncpg.pool.create_pool", ASYNCPG_POOL),
          Map.entry("asyncpg.connect", ASYNCPG_CONNECTION),
          Map.entry("asyncpg.connection.connect", ASYNCPG_CONNECTION),
          Map.entry("aiofiles.open", AIOFILES),
          Map.entry("aiofiles.threadpool.open", AIOFILES),
          Map.entry("aiosqlite.connect", AIOSQLITE),
          Map.entry("aiosqlite.core.connect", AIOSQLITE),
          Map.entry("websockets.connect", WEBSOCKETS),
          Map.entry("websockets.client.connect", WEBSOCKETS),
          Map.entry("websockets.asyncio.client.connect", WEBSOCKETS),
          Map.entry("websockets.legacy.client.connect", WEBSOCKETS),
          Map.entry("asyncssh.connect", ASYNCSSH),
          Map.entry("asyncssh.connection.connect", ASYNCSSH),
          Map.entry("psycopg.AsyncConnection.connect", PSYCOPG),
          Map.entry("psycopg.connection_async.AsyncConnection.connect", PSYCOPG),
          Map.entry("anyio.open_file", ANYIO));

  /** The last names of those calls: only calls of these names (or aliases) are resolved. */
  private static final Set<String> CALLED =
      Set.of("ClientSession", "AsyncClient", "create_pool", "connect", "open", "open_file");

  /** Builtins that look at a value and keep nothing of it. */
  private static final Set<String> READERS =
      Set.of(
          "builtins.print",
          "builtins.repr",
          "builtins.str",
          "builtins.format",
          "builtins.id",
          "builtins.type",
          "builtins.isinstance",
          "builtins.bool",
          "builtins.len");

  private static final PythonVersion NEEDS = new PythonVersion(5);

  /** Comments addressed to tools about their own line: they go with the statement. */
  private static final Pattern PRAGMA =
      Pattern.compile("#\\s*(type:\\s*ignore|noqa|pragma:|pylint:|pyright:|mypy:|nosec|fmt:)");

  @Override
  public String code() {
    return "AW801";
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of(
        "aiohttp",
        "httpx",
        "asyncpg",
        "aiofiles",
        "aiosqlite",
        "websockets",
        "asyncssh",
        "psycopg",
        "anyio");
  }

  @Override
  public String fixSummary() {
    return "`async with` around its uses";
  }

  @Override
  public String finds() {
    return "an async resource (`aiohttp.ClientSession()`) outside `async with`";
  }

  @Override
  public String name() {
    return "unmanaged-async-resource";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "In a coroutine, an async resource assigned to a name, `x = aiohttp.ClientSession()`,"
            + " and closed by a later statement of the same block outside a `finally` (`await"
            + " x.close()`), or never closed. Known resources, however imported:"
            + " `aiohttp.ClientSession()`, `httpx.AsyncClient()` (closed by `aclose()`), `await"
            + " asyncpg.create_pool()`, `await asyncpg.connect()`, `await aiofiles.open()`,"
            + " `await aiosqlite.connect()`, `await websockets.connect()`, `await"
            + " asyncssh.connect()` (closed by `x.close()`, perhaps followed by `await"
            + " x.wait_closed()`), `await psycopg.AsyncConnection.connect()` and `await"
            + " anyio.open_file()` (closed by `aclose()`). Not reported: a resource closed in a"
            + " `finally` or an `except`, one handed to `async with x:` or"
            + " `stack.enter_async_context(x)`, one whose close method is passed on (`stack."
            + "push_async_callback(x.close)`), and one never closed here that is returned,"
            + " stored, assigned elsewhere or passed to a call that may keep it: its new owner"
            + " may close it. A `yield x` (a pytest fixture, an `@asynccontextmanager`) only"
            + " lends it. Nor one closed by the very next statement (nothing can skip that"
            + " close: `session.close()` is what the code is about), one dropped with `del x`"
            + " (left to the garbage collector on purpose, as a test of the warning does), or"
            + " one created as the last statement of a `with pytest.raises(...)`,"
            + " `self.assertRaises(...)` or `contextlib.suppress(...)` block (its creation is"
            + " expected to fail).",
        "Any exception between the creation and the close, a cancellation included, skips the"
            + " close, and so does an early `return`: the session, connection or file stays open"
            + " until the garbage collector finds it, if ever (aiohttp warns `Unclosed client"
            + " session`, and a pool keeps its server connections). Resources opened in a loop or"
            + " per request add up to exhausted connection limits and file descriptors.",
        "import aiohttp\n"
            + "\n"
            + "\n"
            + "async def fetch(url):\n"
            + "    session = aiohttp.ClientSession()\n"
            + "    response = await session.get(url)\n"
            + "    text = await response.text()\n"
            + "    await session.close()\n"
            + "    return text",
        "import aiohttp\n"
            + "\n"
            + "\n"
            + "async def fetch(url):\n"
            + "    async with aiohttp.ClientSession() as session:\n"
            + "        response = await session.get(url)\n"
            + "        text = await response.text()\n"
            + "    return text",
        "Unsafe: the resource is now closed on every way out of the block, an exception or a"
            + " `return` included, where it stayed open before; that is the point, but whatever"
            + " still held it then sees it closed. The fix puts `async with <creation> as x:` in"
            + " place of the assignment, in the form each library documents (`async with"
            + " asyncpg.create_pool(...)`, without the `await`; `async with await"
            + " anyio.open_file(...)`, with it), moves the statements up to the close one level"
            + " deeper in the file's own indentation (tabs or spaces; blank lines and the text of"
            + " strings untouched, comments moved with their lines) and deletes the close (a"
            + " comment at its end stays, on a line of its own, unless it only speaks to tools"
            + " about that line, `# type: ignore[...]`, `# noqa`, `# pragma: ...`, which goes"
            + " with it; blank lines that would open or trail the new block, or double those"
            + " after the close, go too). A resource never closed is wrapped up to the end of"
            + " its block, so that what the block derives from it (a response, a cursor) is"
            + " still used while it is open; from there on it is closed, so a derived value"
            + " that the block returns or stores outlives it: check those. No fix, only the"
            + " finding, when the close is in another block than the creation or is not the"
            + " documented call, when the name is assigned again, returned, stored, passed to a"
            + " call that is not awaited at once (which may keep it; a coroutine function's call"
            + " too: `asyncio.create_task(worker(x))` or `return worker(x)` runs `worker` after"
            + " the block) or used by a nested function before the close, when it is used after"
            + " the close or (never closed) outside its block or before its creation (in a loop),"
            + " when the assignment or the close shares its line, for `asyncpg.connect()` (no"
            + " documented `async with`: close it in a `finally`), and in a one-line suite. A"
            + " psycopg `AsyncConnection` gets the fix only when the statement right before its"
            + " close is `await x.commit()` and no `return`, `break` or `continue` leaves the block"
            + " before it: leaving its `async with` block cleanly commits the transaction (an"
            + " exception rolls it back) before closing, where `close()` threw away what was not"
            + " committed; never closed, it gets no fix.",
        "3.5 (`async with`)");
  }

  /** What one mention of the resource's name does with it. */
  private enum Use {
    /** Reads it where it stays: {@code x.get(...)}, {@code x is None}, {@code await f(x)}. */
    LOCAL,
    /** {@code x.close()} in the kind's form. */
    CLOSE,
    /** {@code x.close()} in the wrong form ({@code await} missing or too many). */
    WRONG_CLOSE,
    /** {@code await x.wait_closed()} (asyncssh, after the close). */
    WAIT_CLOSED,
    /**
     * Closed by something else: {@code async with x}, an exit stack, the close method passed on.
     */
    MANAGED,
    /** {@code x = ...}, {@code del x}, {@code for x in}: the name no longer holds it. */
    REBOUND,
    /** Returned, stored, put in a container, aliased: someone else may close it. */
    HANDED_ON,
    /** Passed to a call that is not awaited at once, or used by a nested function. */
    MAY_KEEP
  }

  /** One mention of the name: where it is and what it does. */
  private record Mention(ParseTree node, int offset, Use use) {}

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    // `from aiofiles import open as aopen`: calls of `aopen` are looked at too
    Set<String> aliases = model.namesImporting(KINDS.keySet());
    for (CallSite call : model.coroutineCalls()) {
      if (!call.endsPrimary()
          || !call.calledName()
              .filter(n -> CALLED.contains(n) || aliases.contains(n))
              .isPresent()) {
        continue;
      }
      Kind kind = model.calleeName(call).map(KINDS::get).orElse(null);
      if (kind == null || context.isAwaited(call.primary()) != kind.awaitedCreation()) {
        continue;
      }
      Optional<ExpressionStatementContext> assignment = Statements.assignmentOf(call.primary());
      Optional<String> name = assignment.flatMap(Statements::targetName);
      Optional<FunctionDefContext> function = model.enclosingFunction(call.primary());
      if (name.isEmpty() || function.isEmpty()) {
        continue;
      }
      Scope scope = model.scopeAt(call.primary());
      if (!model.bindingScope(name.get(), call.primary()).equals(Optional.of(scope))) {
        continue; // global or nonlocal: the module or an enclosing function owns it
      }
      new Resource(context, kind, call, assignment.get(), name.get(), function.get(), scope)
          .check();
    }
  }

  /** One resource assigned in a coroutine, and what becomes of it. */
  private final class Resource {

    private final RuleContext context;
    private final ModuleModel model;
    private final Kind kind;
    private final CallSite call;
    private final ExpressionStatementContext assignment;
    private final String name;
    private final FunctionDefContext function;
    private final Scope scope;
    private final List<Mention> mentions = new ArrayList<>();

    Resource(
        RuleContext context,
        Kind kind,
        CallSite call,
        ExpressionStatementContext assignment,
        String name,
        FunctionDefContext function,
        Scope scope) {
      this.context = context;
      this.model = context.model();
      this.kind = kind;
      this.call = call;
      this.assignment = assignment;
      this.name = name;
      this.function = function;
      this.scope = scope;
    }

    void check() {
      collect(function.block());
      int created = RuleContext.end(assignment);
      boolean closed = false;
      for (Mention mention : mentions) {
        if (mention.use() == Use.MANAGED
            || (mention.use() == Use.CLOSE && onErrorPath(mention.node()))) {
          return; // closed on every way out by other means
        }
        closed |=
            mention.offset() > created
                && (mention.use() == Use.CLOSE || mention.use() == Use.WRONG_CLOSE);
      }
      if (!closed
          && mentions.stream()
              .anyMatch(
                  m ->
                      m.offset() > created
                          && (m.use() == Use.HANDED_ON
                              || m.use() == Use.MAY_KEEP
                              || Statements.ancestor(m.node(), DelStatementContext.class)
                                  .isPresent()))) {
        return; // never closed here, and handed on (or dropped with `del`, on purpose)
      }
      if (closedRightAway()) {
        return; // nothing stands between the creation and the close that could skip it
      }
      if (expectedToRaise()) {
        return; // `with pytest.raises(...)`: the point is that the creation fails
      }
      Finding finding =
          Finding.of(
              code(),
              "`"
                  + kind.display()
                  + (closed
                      ? "` is closed by hand: an exception before the close leaks it;"
                      : "` is never closed;")
                  + (kind.form() == Form.NONE
                      ? " close it in a `finally`"
                      : " open it with `async with`"),
              RuleContext.start(call.primary()),
              RuleContext.end(call.call()));
      outcome(closed).report(context, finding);
    }

    /** Context managers under which a statement is expected to raise. */
    private static final Set<String> RAISES =
        Set.of("raises", "assertRaises", "assertRaisesRegex", "suppress");

    /**
     * Whether the creation ends the block of a {@code with} that expects it to raise ({@code with
     * pytest.raises(TypeError):}, {@code self.assertRaises(...)}, {@code contextlib.suppress}).
     */
    private boolean expectedToRaise() {
      Optional<StatementContext> statement = statementOf(assignment);
      if (statement.isEmpty()
          || !(statement.get().getParent() instanceof BlockContext block)
          || block.statement().get(block.statement().size() - 1) != statement.get()
          || !(block.getParent() instanceof WithStatementContext with)) {
        return false;
      }
      for (WithItemContext item : with.withItem()) {
        Optional<PrimaryContext> manager = Statements.soleOperand(item.expression());
        List<TrailerContext> trailers =
            manager.map(m -> m.getRuleContexts(TrailerContext.class)).orElse(List.of());
        String called =
            trailers.size() >= 2 && trailers.get(trailers.size() - 2) instanceof AttributeContext a
                ? a.name().getText()
                : trailers.size() == 1 ? manager.get().getStart().getText() : "";
        if (!trailers.isEmpty()
            && trailers.get(trailers.size() - 1) instanceof CallContext
            && RAISES.contains(called)) {
          return true;
        }
      }
      return false;
    }

    /** Whether the statement right after the creation is the close, alone. */
    private boolean closedRightAway() {
      Optional<StatementContext> statement = statementOf(assignment);
      if (statement.isEmpty()) {
        return false;
      }
      List<StatementContext> siblings =
          ((ParserRuleContext) statement.get().getParent()).getRuleContexts(StatementContext.class);
      int next = siblings.indexOf(statement.get()) + 1;
      if (next >= siblings.size()) {
        return false;
      }
      StatementContext following = siblings.get(next);
      return mentions.stream()
          .anyMatch(
              m ->
                  m.use() == Use.CLOSE
                      && m.node() instanceof PrimaryContext primary
                      && Statements.isWholeStatement(primary)
                      && statementOf(primary).filter(s -> s == following).isPresent());
    }

    private FixProposal outcome(boolean closed) {
      if (kind.form() == Form.NONE) {
        return FixProposal.withhold("the library documents no `async with` form for it");
      }
      if (Statements.aloneStatement(assignment).isEmpty()) {
        return FixProposal.withhold("its assignment shares its line with another statement");
      }
      Optional<StatementContext> statement = statementOf(assignment);
      if (statement.isEmpty()
          || !(statement.get().getParent() instanceof BlockContext block)
          || block.INDENT() == null) {
        return FixProposal.withhold("it is assigned in a one-line suite");
      }
      return closed
          ? rewriteClosed(statement.get(), block)
          : rewriteNeverClosed(statement.get(), block);
    }

    // ---- the mentions of the name ----

    /** Every mention of the name in the function that means this variable, in source order. */
    private void collect(ParseTree node) {
      if (node instanceof TerminalNode terminal) {
        Token token = terminal.getSymbol();
        if (token.getType() == PythonLexer.NAME && token.getText().equals(name)) {
          mention(terminal).ifPresent(mentions::add);
        }
        return;
      }
      for (int i = 0; i < node.getChildCount(); i++) {
        collect(node.getChild(i));
      }
    }

    private Optional<Mention> mention(TerminalNode terminal) {
      int offset = terminal.getSymbol().getStartIndex();
      ParseTree parent = terminal.getParent();
      if (parent instanceof NameAtomContext primary && primary.getStart() == terminal.getSymbol()) {
        if (!model.bindingScope(name, primary).equals(Optional.of(scope))
            || Arguments.isKeywordName(primary)) {
          return Optional.empty();
        }
        if (model.scopeAt(primary) != scope) {
          return Optional.of(new Mention(primary, offset, Use.MAY_KEEP));
        }
        return Optional.of(new Mention(primary, offset, use(primary)));
      }
      // a name that is no primary: an attribute, a parameter, `global`, `nonlocal`, `def`...
      if (parent.getParent() instanceof AttributeContext
          || Statements.ancestor(terminal, ParametersContext.class).isPresent()
          || Statements.ancestor(terminal, LambdaParametersContext.class).isPresent()
          || Statements.ancestor(terminal, GlobalStatementContext.class).isPresent()) {
        return Optional.empty();
      }
      if (Statements.ancestor(terminal, NonlocalStatementContext.class).isPresent()) {
        return Optional.of(new Mention(terminal, offset, Use.MAY_KEEP));
      }
      return model.scopeAt(terminal) == scope
          ? Optional.of(new Mention(terminal, offset, Use.REBOUND))
          : Optional.empty();
    }

    private Use use(PrimaryContext primary) {
      List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
      if (trailers.isEmpty()) {
        return Targets.isTarget(primary) ? Use.REBOUND : bareUse(primary);
      }
      if (trailers.get(0) instanceof AttributeContext attribute) {
        String method = attribute.name().getText();
        boolean called =
            trailers.size() == 2
                && trailers.get(1) instanceof CallContext arguments
                && arguments.arguments() == null;
        if (method.equals(kind.closeMethod())) {
          if (!called) {
            return trailers.size() == 1 ? Use.MANAGED : Use.WRONG_CLOSE;
          }
          return context.isAwaited(primary) == kind.awaitedClose() ? Use.CLOSE : Use.WRONG_CLOSE;
        }
        if (kind.waitClosed()
            && method.equals("wait_closed")
            && called
            && context.isAwaited(primary)) {
          return Use.WAIT_CLOSED;
        }
      }
      return Use.LOCAL;
    }

    /** What the bare name does where it stands. */
    private Use bareUse(PrimaryContext primary) {
      Optional<WithItemContext> item = Statements.ancestor(primary, WithItemContext.class);
      if (item.isPresent()
          && within(primary, item.get().expression())
          && ((WithStatementContext) item.get().getParent()).ASYNC() != null) {
        return Use.MANAGED;
      }
      OperationContext operation = (OperationContext) primary.getParent();
      int index = operation.children.indexOf(primary);
      if (index > 0 && operation.getChild(index - 1) instanceof TerminalNode before) {
        int type = before.getSymbol().getType();
        if (type == PythonParser.AWAIT || type == PythonParser.NOT) {
          return Use.LOCAL;
        }
      }
      if (operation.getChildCount() > 1) {
        return comparedOnly(operation, index) ? Use.LOCAL : Use.HANDED_ON;
      }
      ExpressionContext expression = (ExpressionContext) operation.getParent();
      if (expression.IF() != null) {
        return expression.operation().size() > 1 && expression.operation(1) == operation
            ? Use.LOCAL
            : Use.HANDED_ON;
      }
      ParseTree holder = expression.getParent();
      if (holder instanceof StarExpressionContext star
          && star.getParent() instanceof StarExpressionsContext list
          && list.starExpression().size() == 1
          && list.COMMA().isEmpty()) {
        ParseTree owner = list.getParent();
        return (owner instanceof ExpressionStatementContext statement
                    && statement.assignmentTail() == null)
                || owner instanceof ForStatementContext
                // lent to the consumer while the generator waits, not given away
                || owner instanceof YieldExpressionContext
                || owner instanceof FstringFieldContext
            ? Use.LOCAL
            : Use.HANDED_ON;
      }
      if (holder instanceof NamedExpressionContext named && named.COLONEQUAL() == null) {
        ParseTree owner = named.getParent();
        return owner instanceof IfStatementContext
                || owner instanceof ElifClauseContext
                || owner instanceof WhileStatementContext
                || owner instanceof GuardContext
            ? Use.LOCAL
            : Use.HANDED_ON;
      }
      if (holder instanceof AssertStatementContext) {
        return Use.LOCAL;
      }
      if (holder instanceof ValueArgumentContext argument && argument.comprehension() == null) {
        return argumentUse((CallContext) argument.getParent().getParent());
      }
      return Use.HANDED_ON;
    }

    /** Whether the operators on either side of an operand only compare it. */
    private static boolean comparedOnly(OperationContext operation, int index) {
      for (int i : new int[] {index - 1, index + 1}) {
        if (i >= 0
            && i < operation.getChildCount()
            && operation.getChild(i) instanceof BinaryOperatorContext operator) {
          int type = operator.getStart().getType();
          if (type != PythonParser.IS
              && type != PythonParser.EQEQUAL
              && type != PythonParser.NOTEQUAL
              && type != PythonParser.IN
              && type != PythonParser.NOT) {
            return false;
          }
        }
      }
      return true;
    }

    /** The resource passed to a call: borrowed if the call is awaited at once. */
    private Use argumentUse(CallContext arguments) {
      PrimaryContext callee = (PrimaryContext) arguments.getParent();
      List<TrailerContext> trailers = callee.getRuleContexts(TrailerContext.class);
      int index = trailers.indexOf(arguments);
      CallSite site = new CallSite(callee, index);
      if (site.calledName().equals(Optional.of("enter_async_context"))) {
        return Use.MANAGED;
      }
      // Borrowed while the call runs only if it is awaited right here: a coroutine that is not
      // (`create_task(worker(x))`, `return worker(x)`, `wait_for(worker(x), 5)`) may run on after
      // the block, when `async with` has closed the resource.
      if (site.endsPrimary() && context.isAwaited(callee)) {
        return Use.LOCAL;
      }
      return index == 0 && model.calleeName(site).filter(READERS::contains).isPresent()
          ? Use.LOCAL
          : Use.MAY_KEEP;
    }

    private static boolean within(ParseTree node, ParserRuleContext outer) {
      for (ParseTree current = node; current != null; current = current.getParent()) {
        if (current == outer) {
          return true;
        }
      }
      return false;
    }

    /** Whether a node runs on the way out after an error: in a {@code finally} or an handler. */
    private boolean onErrorPath(ParseTree node) {
      for (ParseTree current = node.getParent();
          current != null && current != function;
          current = current.getParent()) {
        if (current instanceof FinallyClauseContext
            || current instanceof ExceptClauseContext
            || current instanceof ExceptStarClauseContext) {
          return true;
        }
      }
      return false;
    }

    // ---- the rewrite ----

    /** The statement a simple statement makes up alone, if it stands alone on its line. */
    private Optional<StatementContext> statementOf(ParserRuleContext node) {
      return Statements.aloneStatement(node)
          .map(simple -> simple.getParent().getParent())
          .filter(StatementContext.class::isInstance)
          .map(StatementContext.class::cast);
    }

    /** The rewrite when a statement of the block closes it. */
    private FixProposal rewriteClosed(StatementContext creation, BlockContext block) {
      List<StatementContext> siblings = block.statement();
      int close = -1;
      for (Mention mention : mentions) {
        if (mention.offset() > RuleContext.end(creation)
            && (mention.use() == Use.CLOSE || mention.use() == Use.WRONG_CLOSE)) {
          Optional<StatementContext> holder = statementOf((ParserRuleContext) mention.node());
          if (mention.use() == Use.CLOSE
              && holder.isPresent()
              && holder.get().getParent() == block
              && Statements.isWholeStatement((PrimaryContext) mention.node())) {
            close = siblings.indexOf(holder.get());
          } else if (mention.use() == Use.WRONG_CLOSE) {
            return FixProposal.withhold(
                kind.awaitedClose()
                    ? "its close is not the awaited `" + kind.closeMethod() + "()`"
                    : "its close is not the plain `" + kind.closeMethod() + "()`");
          } else if (Statements.aloneStatement(mention.node()).isEmpty()) {
            return FixProposal.withhold("its close shares its line with another statement");
          } else {
            return FixProposal.withhold(
                "it is closed in another block than the one it is created in");
          }
          break;
        }
      }
      if (close < 0) {
        return FixProposal.withhold("it is closed in another block than the one it is created in");
      }
      if (kind.commitsOnExit()) {
        String why = commitsBeforeClose(siblings, siblings.indexOf(creation), close);
        if (why != null) {
          return FixProposal.withhold(why);
        }
      }
      int end = close + 1;
      if (kind.waitClosed() && end < siblings.size() && isWaitClosed(siblings.get(end))) {
        end++;
      }
      int closeStart = RuleContext.start(siblings.get(close));
      int afterClose = RuleContext.end(siblings.get(end - 1));
      for (Mention mention : mentions) {
        if (mention.offset() > RuleContext.end(creation) && mention.offset() < closeStart) {
          String why = blocker(mention.use());
          if (why != null) {
            return FixProposal.withhold(why);
          }
        }
      }
      if (usedAfter(siblings, end, afterClose)) {
        return FixProposal.withhold("it is used after it is closed");
      }
      return rewrite(
          creation, siblings.subList(close, end), Lines.lineStart(context.source(), closeStart));
    }

    /** The rewrite when nothing closes it: up to the end of its block. */
    private FixProposal rewriteNeverClosed(StatementContext creation, BlockContext block) {
      List<StatementContext> siblings = block.statement();
      StatementContext last = siblings.get(siblings.size() - 1);
      if (last == creation) {
        return FixProposal.withhold("nothing follows it in its block");
      }
      if (kind.commitsOnExit()) {
        return FixProposal.withhold(
            "leaving `async with` cleanly commits the transaction, where the connection left"
                + " open never committed what is pending");
      }
      int blockEnd = RuleContext.end(last);
      for (Mention mention : mentions) {
        if (mention.offset() < RuleContext.start(creation)) {
          if (mention.use() != Use.REBOUND) {
            // in a loop, the value of the pass before: it would be closed now
            return FixProposal.withhold("it is read before the statement that creates it");
          }
        } else if (mention.offset() >= blockEnd) {
          return FixProposal.withhold("it is used outside the block it is created in");
        } else if (mention.offset() > RuleContext.end(creation)) {
          String why = blocker(mention.use());
          if (why != null) {
            return FixProposal.withhold(why);
          }
        }
      }
      List<Token> tokens = model.module().tokens();
      Token lineBreak = Lines.lineBreak(tokens, last);
      int rangeEnd =
          Lines.isMissingLineBreak(lineBreak)
              ? lineBreak.getStartIndex()
              : lineBreak.getStopIndex() + 1;
      return rewrite(creation, List.of(), rangeEnd);
    }

    /**
     * Why the block's exit would commit what the close threw away (psycopg), or null: the statement
     * right before the close must be {@code await x.commit()}, and nothing before it may leave the
     * block ({@code return}, or {@code break} and {@code continue} of a loop around it), which
     * would commit there.
     */
    private String commitsBeforeClose(List<StatementContext> siblings, int creation, int close) {
      String uncommitted =
          "leaving `async with` cleanly commits the transaction, where `"
              + kind.closeMethod()
              + "()` threw away what was not committed: the fix needs `await "
              + name
              + ".commit()` right before the close";
      if (close - 1 <= creation || !isCommit(siblings.get(close - 1))) {
        return uncommitted;
      }
      for (StatementContext statement : siblings.subList(creation + 1, close - 1)) {
        if (leavesBlock(statement, statement)) {
          return "a `return`, `break` or `continue` before the commit would leave the block, and"
              + " `async with` would commit there what the close threw away";
        }
      }
      return null;
    }

    /** Whether the statement is {@code await x.commit()} on the resource, alone on its line. */
    private boolean isCommit(StatementContext statement) {
      return mentions.stream()
          .anyMatch(
              m ->
                  m.offset() >= RuleContext.start(statement)
                      && m.offset() < RuleContext.end(statement)
                      && m.node() instanceof PrimaryContext primary
                      && isCommitCall(primary)
                      && Statements.isWholeStatement(primary)
                      && statementOf(primary).filter(s -> s == statement).isPresent());
    }

    private boolean isCommitCall(PrimaryContext primary) {
      List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
      return trailers.size() == 2
          && trailers.get(0) instanceof AttributeContext attribute
          && attribute.name().getText().equals("commit")
          && trailers.get(1) instanceof CallContext arguments
          && arguments.arguments() == null
          && context.isAwaited(primary);
    }

    /**
     * Whether a {@code return} of the function, or a {@code break} or {@code continue} of no loop
     * inside {@code top}, lies in the node.
     */
    private boolean leavesBlock(ParseTree node, StatementContext top) {
      if (node instanceof ReturnStatementContext && model.scopeAt(node) == scope) {
        return true;
      }
      if ((node instanceof BreakStatementContext || node instanceof ContinueStatementContext)
          && !inLoopWithin(node, top)) {
        return true;
      }
      for (int i = 0; i < node.getChildCount(); i++) {
        if (leavesBlock(node.getChild(i), top)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a {@code break} or {@code continue} belongs to a loop inside {@code top}: it lies in
     * that loop's body (its {@code else} belongs to the loop around).
     */
    private static boolean inLoopWithin(ParseTree node, StatementContext top) {
      ParseTree child = node;
      for (ParseTree current = node.getParent();
          current != null && current != top.getParent();
          current = current.getParent()) {
        if ((current instanceof ForStatementContext loop && child == loop.block())
            || (current instanceof WhileStatementContext whileLoop && child == whileLoop.block())) {
          return true;
        }
        child = current;
      }
      return false;
    }

    /** Why a mention between the creation and the close rules out the rewrite, or null. */
    private String blocker(Use use) {
      return switch (use) {
        case LOCAL, WAIT_CLOSED -> null;
        case CLOSE, WRONG_CLOSE -> "it is closed in more than one place";
        case REBOUND -> "the name `" + name + "` is assigned again before the close";
        case HANDED_ON -> "it is returned or stored before the close";
        case MAY_KEEP ->
            "it is passed to a call that is not awaited at once, or used by a nested function,"
                + " which may keep it";
        case MANAGED -> "it is managed elsewhere";
      };
    }

    /**
     * Whether the name is used after the close, before a statement of the block assigns it afresh.
     */
    private boolean usedAfter(List<StatementContext> siblings, int from, int afterClose) {
      int fresh = Integer.MAX_VALUE;
      for (int i = from; i < siblings.size(); i++) {
        StatementContext sibling = siblings.get(i);
        List<Mention> inside =
            mentions.stream()
                .filter(
                    m ->
                        m.offset() >= RuleContext.start(sibling)
                            && m.offset() < RuleContext.end(sibling))
                .toList();
        if (inside.isEmpty()) {
          continue;
        }
        if (inside.size() == 1
            && inside.get(0).use() == Use.REBOUND
            && sibling.simpleStatements() != null
            && sibling.simpleStatements().simpleStatement().size() == 1
            && isPlainAssignment(inside.get(0).node())) {
          fresh = RuleContext.start(sibling);
        }
        break;
      }
      for (Mention mention : mentions) {
        if (mention.offset() >= afterClose && mention.offset() < fresh) {
          return true;
        }
      }
      return false;
    }

    /** Whether the mention is the one target of {@code name = value}. */
    private boolean isPlainAssignment(ParseTree node) {
      return node instanceof PrimaryContext primary
          && Statements.ancestor(primary, ExpressionStatementContext.class)
              .filter(statement -> statement.assignmentTail() != null)
              .flatMap(Statements::targetName)
              .isPresent();
    }

    private boolean isWaitClosed(StatementContext statement) {
      return mentions.stream()
          .anyMatch(
              m ->
                  m.use() == Use.WAIT_CLOSED
                      && m.offset() >= RuleContext.start(statement)
                      && m.offset() < RuleContext.end(statement)
                      && Statements.isWholeStatement((PrimaryContext) m.node()));
    }

    /**
     * The fix: {@code async with} in place of the assignment, the lines up to {@code rangeEnd} one
     * level deeper, the close statements deleted.
     */
    private FixProposal rewrite(
        StatementContext creation, List<StatementContext> closes, int rangeEnd) {
      SourceFile source = context.source();
      List<Token> tokens = model.module().tokens();
      Optional<String> indent = Lines.indentation(source, creation);
      Optional<String> unit = Lines.unit(source, creation);
      if (indent.isEmpty() || unit.isEmpty()) {
        return FixProposal.withhold("the indentation around it is not one the fix can extend");
      }
      int start = RuleContext.start(assignment);
      PrimaryContext primary = call.primary();
      String header =
          "async with "
              + (kind.form() == Form.AWAIT_CALL && kind.awaitedCreation() ? "await " : "");
      String created =
          Lines.moved(context, primary, indent.get().length() + header.length(), indent.get());
      List<Edit> edits = new ArrayList<>();
      edits.add(
          new Edit(start, RuleContext.end(call.call()), header + created + " as " + name + ":"));
      Token lineBreak = Lines.lineBreak(tokens, creation);
      if (Lines.isMissingLineBreak(lineBreak)) {
        return FixProposal.withhold("nothing follows it");
      }
      int bodyStart = lineBreak.getStopIndex() + 1;
      int firstLine = bodyStart;
      while (firstLine < rangeEnd && blankLineAt(source, firstLine)) {
        firstLine = nextLine(source, firstLine);
      }
      if (firstLine > bodyStart && firstLine < rangeEnd && !indent.get().isEmpty()) {
        // blank lines that parted the creation from what follows would open the new block
        edits.add(Edit.delete(bodyStart, firstLine));
      }
      edits.addAll(
          Lines.indentLines(source, tokens, firstLine, rangeEnd, indent.get(), unit.get()));
      for (StatementContext close : closes) {
        edits.add(deleteStatement(source, tokens, close));
      }
      return FixProposal.offer(
          new Fix("Open it with `async with` around its uses", Applicability.UNSAFE, NEEDS, edits));
    }

    /**
     * Deletes a statement's lines, or, when a comment ends them, the statement before it. A comment
     * that only speaks to tools about that line ({@code # type: ignore[...]}, {@code # noqa}) goes
     * with it; so do the blank lines before it when it ends its block, which would otherwise trail
     * the new block.
     */
    private Edit deleteStatement(
        SourceFile source, List<Token> tokens, StatementContext statement) {
      Token lineBreak = Lines.lineBreak(tokens, statement);
      Token comment = null;
      for (int i = statement.getStart().getTokenIndex(); i < lineBreak.getTokenIndex(); i++) {
        if (tokens.get(i).getType() == PythonLexer.COMMENT
            && !PRAGMA.matcher(tokens.get(i).getText()).lookingAt()) {
          comment = tokens.get(i);
          break;
        }
      }
      if (comment != null) {
        return Edit.delete(RuleContext.start(statement), comment.getStartIndex());
      }
      if (Lines.indentation(source, statement).isEmpty()) {
        return Edit.delete(RuleContext.start(statement), RuleContext.end(statement));
      }
      int start = Lines.lineStart(source, RuleContext.start(statement));
      int end =
          Lines.isMissingLineBreak(lineBreak)
              ? lineBreak.getStartIndex()
              : lineBreak.getStopIndex() + 1;
      List<StatementContext> siblings =
          ((ParserRuleContext) statement.getParent()).getRuleContexts(StatementContext.class);
      if (siblings.indexOf(statement) == siblings.size() - 1 || blankLineAt(source, end)) {
        // the blank lines before it would trail the new block, or double those after it
        start = blankLinesBefore(source, start, lineAfterPrevious(tokens, statement));
      }
      return Edit.delete(start, end);
    }

    /**
     * Where the line after the previous logical line starts: past the {@code NEWLINE} before the
     * statement (indentation tokens aside); the statement's own start when there is none.
     */
    private static int lineAfterPrevious(List<Token> tokens, StatementContext statement) {
      for (int i = statement.getStart().getTokenIndex() - 1; i >= 0; i--) {
        Token token = tokens.get(i);
        if (token.getChannel() != Token.DEFAULT_CHANNEL
            || token.getType() == PythonLexer.INDENT
            || token.getType() == PythonLexer.DEDENT) {
          continue;
        }
        return token.getType() == PythonLexer.NEWLINE
            ? token.getStopIndex() + 1
            : RuleContext.start(statement);
      }
      return RuleContext.start(statement);
    }

    /** The offset where the line after the one starting at {@code lineStart} starts. */
    private static int nextLine(SourceFile source, int lineStart) {
      String text = source.text();
      int at = source.charIndex(lineStart);
      while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
        at++;
      }
      if (at < text.length() && text.charAt(at) == '\r') {
        at++;
      }
      if (at < text.length() && text.charAt(at) == '\n') {
        at++;
      }
      return source.codePointIndex(at);
    }

    /** Whether the line starting at the offset is blank (and there is one). */
    private static boolean blankLineAt(SourceFile source, int lineStart) {
      String text = source.text();
      int at = source.charIndex(lineStart);
      if (at >= text.length()) {
        return false;
      }
      while (at < text.length() && " \t\f".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      return at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r');
    }

    /** The start of the blank lines right before a line, back to no earlier than {@code floor}. */
    private static int blankLinesBefore(SourceFile source, int lineStart, int floor) {
      int start = lineStart;
      while (start > floor) {
        int previous = Lines.lineStart(source, start - 1);
        if (previous < floor || !source.slice(previous, start).isBlank()) {
          break;
        }
        start = previous;
      }
      return start;
    }
  }
}
